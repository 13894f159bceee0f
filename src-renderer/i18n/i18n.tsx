import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ApiError } from '../../shared/api/result';
import { en } from './en';
import { nl, type Messages } from './nl-BE';

export type Language = 'nl' | 'en';
const LANGUAGE_KEY = 'kanalenregister.language';

interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t: Messages;
  /** Fills {placeholders}. */
  format(template: string, values: Record<string, string | number>): string;
  /** The API error's message in the current language. */
  errorText(error: ApiError): string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(() => (localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'nl'));
  useEffect(() => {
    localStorage.setItem(LANGUAGE_KEY, language);
    document.documentElement.lang = language === 'nl' ? 'nl-BE' : 'en';
  }, [language]);
  const value = useMemo<I18n>(
    () => ({
      language,
      setLanguage,
      t: language === 'nl' ? nl : en,
      format: (template, values) => template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`)),
      errorText: (error) => (language === 'nl' ? error.message : error.messageEn),
    }),
    [language],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/**
 * A feature's own strings: each feature folder keeps `{ nl, en }` beside its views (English
 * typed against Dutch), and picks the current language with this hook.
 */
export function defineMessages<T>(messages: { nl: T; en: NoInfer<T> }) {
  return messages;
}

export function useMessages<T>(messages: { nl: T; en: T }): T {
  return useI18n().language === 'nl' ? messages.nl : messages.en;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}
