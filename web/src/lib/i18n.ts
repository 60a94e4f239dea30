import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en.json';
import id from '../locales/id.json';

export const LANGUAGES = ['id', 'en'] as const;
const STORED = 'ektp-language';

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
