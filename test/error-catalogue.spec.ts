import { ERROR_CODES } from '../src/common/error-codes';
import { catalogue } from './support/catalogue';

/** Words of the errors catalogue that are the app's own, not codes of the API. */
const APP_KEYS = ['dependency', 'unknown', 'fieldsTitle'];

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
});
