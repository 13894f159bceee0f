import { useEffect, useState } from 'react';
import { ErrorMessage } from './components/ErrorMessage';
import { ChannelsPage } from './features/channels/ChannelsPage';
import { PlaceholderPage } from './features/placeholder/PlaceholderPage';
import { RegisterBar } from './features/register/RegisterBar';
import { RegisterDialog, type RegisterDialogMode } from './features/register/RegisterDialog';
import { useRegister } from './features/register/useRegister';
import { useI18n, type Language } from './i18n/i18n';

const PAGES = ['channels', 'growth', 'costs', 'export'] as const;
type Page = (typeof PAGES)[number];

/** Dutch route names in the address bar: #/kanalen, #/groei, ... */
const ROUTES: Record<Page, string> = { channels: 'kanalen', growth: 'groei', costs: 'kosten', export: 'export' };

function pageFromHash(): Page {
  const route = window.location.hash.replace(/^#\/?/, '');
  return PAGES.find((page) => ROUTES[page] === route) ?? 'channels';
}

export function App() {
  const { t, language, setLanguage } = useI18n();
  const register = useRegister();
  const [page, setPage] = useState<Page>(pageFromHash);
  const [dialog, setDialog] = useState<RegisterDialogMode | null>(null);

  useEffect(() => {
    const onHash = () => setPage(pageFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    document.title = `${t.nav[page]} — ${register.state?.current?.fileName ?? t.appTitle}`;
  }, [page, t, register.state]);

  const problem = register.error ?? register.state?.problem ?? null;

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="app-header">
        <div className="brand">{t.appTitle}</div>
        <RegisterBar model={register} onDialog={setDialog} />
        <div className="language">
          <label htmlFor="language-select">{t.language}</label>
          <select id="language-select" value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
            <option value="nl">Nederlands</option>
            <option value="en">English</option>
          </select>
        </div>
      </header>
      <div className="app-body">
        <nav className="app-nav" aria-label={t.navLabel}>
          <ul>
            {PAGES.map((p) => (
              <li key={p}>
                <a href={`#/${ROUTES[p]}`} aria-current={p === page ? 'page' : undefined}>
                  {t.nav[p]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" className="app-main" tabIndex={-1}>
          <ErrorMessage error={problem} />
          {register.state?.current ? (
            page === 'channels' ? (
              <ChannelsPage generation={register.generation} />
            ) : (
              <PlaceholderPage title={t.nav[page]} text={t.placeholder[page]} />
            )
          ) : register.state ? (
            <p>{t.register.none}</p>
          ) : null}
        </main>
      </div>
      <RegisterDialog mode={dialog} model={register} onClose={() => setDialog(null)} />
    </div>
  );
}
