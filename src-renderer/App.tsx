import { lazy, Suspense, useEffect, useState } from 'react';
import { ErrorMessage } from './components/ErrorMessage';
import { BackupsDialog, type BackupsTarget } from './features/backups/BackupsDialog';
import { ReadOnlyBanner } from './features/backups/ReadOnlyBanner';
import { RecoveryOffer } from './features/backups/RecoveryOffer';
import { StorageWarnings } from './features/backups/StorageWarnings';
import { ChannelsPage } from './features/channels/ChannelsPage';
import { CountsPage } from './features/counts/CountsPage';
import { ExportPage } from './features/export/ExportPage';
import { OrganisationsPage } from './features/organisations/OrganisationsPage';
import { PeoplePage } from './features/people/PeoplePage';
import { RegisterBar } from './features/register/RegisterBar';
import { RegisterDialog, type RegisterDialogMode } from './features/register/RegisterDialog';
import { useRegister } from './features/register/useRegister';
import { useI18n, type Language } from './i18n/i18n';

// The charts library is large: the Groei, Kosten and Nazicht pages load it only when they are opened.
const GrowthPage = lazy(() => import('./features/growth/GrowthPage').then((module) => ({ default: module.GrowthPage })));
const CostsPage = lazy(() => import('./features/costs/CostsPage').then((module) => ({ default: module.CostsPage })));
const ReviewPage = lazy(() => import('./features/review/ReviewPage').then((module) => ({ default: module.ReviewPage })));

const PAGES = ['channels', 'organisations', 'people', 'counts', 'growth', 'costs', 'review', 'export'] as const;
type Page = (typeof PAGES)[number];

/** Dutch route names in the address bar: #/kanalen, #/groei, ... */
const ROUTES: Record<Page, string> = {
  channels: 'kanalen',
  organisations: 'organisaties',
  people: 'personen',
  counts: 'tellingen',
  growth: 'groei',
  costs: 'kosten',
  review: 'nazicht',
  export: 'export',
};

function pageFromHash(): Page {
  // A page may take parameters after "?" (#/export?bron=kanalen); the route is what comes before.
  const route = window.location.hash.replace(/^#\/?/, '').split('?')[0];
  return PAGES.find((page) => ROUTES[page] === route) ?? 'channels';
}

function PageView({ page, generation }: { page: Page; generation: number }) {
  switch (page) {
    case 'channels':
      return <ChannelsPage generation={generation} />;
    case 'organisations':
      return <OrganisationsPage generation={generation} />;
    case 'people':
      return <PeoplePage generation={generation} />;
    case 'counts':
      return <CountsPage generation={generation} />;
    case 'growth':
      return (
        <Suspense fallback={null}>
          <GrowthPage generation={generation} />
        </Suspense>
      );
    case 'costs':
      return (
        <Suspense fallback={null}>
          <CostsPage generation={generation} />
        </Suspense>
      );
    case 'review':
      return (
        <Suspense fallback={null}>
          <ReviewPage key={generation} generation={generation} />
        </Suspense>
      );
    case 'export':
      return <ExportPage key={generation} generation={generation} />;
  }
}

export function App() {
  const { t, language, setLanguage } = useI18n();
  const register = useRegister();
  const [page, setPage] = useState<Page>(pageFromHash);
  const [dialog, setDialog] = useState<RegisterDialogMode | null>(null);
  const [backups, setBackups] = useState<BackupsTarget | null>(null);

  useEffect(() => {
    const onHash = () => setPage(pageFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    document.title = `${t.nav[page]} — ${register.state?.current?.fileName ?? t.appTitle}`;
  }, [page, t, register.state]);

  const problem = register.error ?? register.state?.problem ?? null;
  const current = register.state?.current ?? null;
  // Only the session's own problem has a recovery; an unrelated refusal (a file that already exists) does not.
  const recovery = register.state?.problem ? (register.state.recovery ?? null) : null;

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="app-header">
        <div className="brand">{t.appTitle}</div>
        <RegisterBar model={register} onDialog={setDialog} onBackups={() => setBackups({ kind: 'current' })} />
        <div className="language">
          <label htmlFor="language-select">{t.language}</label>
          <select id="language-select" value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
            <option value="nl">Nederlands</option>
            <option value="en">English</option>
          </select>
        </div>
      </header>
      <ReadOnlyBanner register={current} />
      <StorageWarnings register={current} />
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
          <RecoveryOffer recovery={recovery} model={register} onShowAll={(path) => setBackups({ kind: 'file', path })} />
          {register.state?.current ? (
            <PageView page={page} generation={register.generation} />
          ) : register.state ? (
            <p>{t.register.none}</p>
          ) : null}
        </main>
      </div>
      <RegisterDialog mode={dialog} model={register} onClose={() => setDialog(null)} />
      <BackupsDialog target={backups} model={register} onClose={() => setBackups(null)} />
    </div>
  );
}
