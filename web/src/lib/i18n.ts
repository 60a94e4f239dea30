import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['id', 'en'] as const;
const STORED = 'ektp-language';

/**
 * The catalogues: one file per top-level key and language (`locales/id/repairs.json` holds
 * `repairs.*`), so each feature keeps its own words.
 */
function catalogue(files: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(files).map(([file, words]) => [file.replace(/^.*\/(.+)\.json$/, '$1'), words]));
}
const id = catalogue(import.meta.glob('../locales/id/*.json', { eager: true, import: 'default' }));
const en = catalogue(import.meta.glob('../locales/en/*.json', { eager: true, import: 'default' }));

/** Bahasa Indonesia first; English when the person chose it (remembered in this browser). */
void i18n.use(initReactI18next).init({
  resources: { id: { translation: id }, en: { translation: en } },
  lng: localStorage.getItem(STORED) ?? 'id',
  fallbackLng: 'id',
  interpolation: { escapeValue: false },
});

export function setLanguage(lng: (typeof LANGUAGES)[number]): void {
  localStorage.setItem(STORED, lng);
  void i18n.changeLanguage(lng);
  document.documentElement.lang = lng;
}

export { i18n };
