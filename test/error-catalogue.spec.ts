import { ERROR_CODES } from '../src/common/error-codes';
import { catalogue } from './support/catalogue';

/** Words of the errors catalogue that are the app's own, not codes of the API. */
const APP_KEYS = ['dependency', 'unknown', 'fieldsTitle', 'fieldLine', 'line'];

describe('the error sentences of the web app', () => {
  it.each(['id', 'en'] as const)('has a sentence in %s for every code the API can answer, and none for a code it does not know', (language) => {
    const errors = catalogue(language).errors as Record<string, unknown>;
    expect(ERROR_CODES.filter((code) => typeof errors[code] !== 'string' || !(errors[code] as string).trim())).toEqual([]);
    expect(Object.keys(errors).filter((key) => !(ERROR_CODES as readonly string[]).includes(key) && !APP_KEYS.includes(key))).toEqual([]);
  });

  it('says each code in Indonesian in its own words, not the English sentence', () => {
    const [id, en] = [catalogue('id').errors as Record<string, string>, catalogue('en').errors as Record<string, string>];
    expect(ERROR_CODES.filter((code) => id[code] === en[code])).toEqual([]);
  });

  it('names the same fields in both languages, each in words (ErrorText leaves out a field it has no words for)', () => {
    const [id, en] = [catalogue('id').fields as Record<string, unknown>, catalogue('en').fields as Record<string, unknown>];
    expect(Object.keys(id).sort()).toEqual(Object.keys(en).sort());
    for (const words of [id, en]) expect(Object.entries(words).filter(([, w]) => typeof w !== 'string' || !w.trim())).toEqual([]);
    // The fields the API names when it refuses input that does not fit the data (invalid_input) have words.
    expect(['officeId', 'date', 'deviceId', 'servicePointId', 'repairSeconds', 'startedAt'].filter((f) => !(f in id))).toEqual([]);
  });
});
