/**
 * Khabarovsk's partner cities in a React 19 app. React owns the page and its controls; the widgets get
 * the feed from React as a property (`data={feed}`: nothing is fetched by them), their `lang`, `partner`
 * and `view` from React state, and tell React what happened through their own events (`ontwin-load`,
 * `ontwin-select`, `ontwin-error`), which React 19 adds as event listeners.
 */
import '../../src/event-calendar/define.js';
import '../../src/partner-map/define.js';
import '../../src/delegation-list/define.js';
import {StrictMode, useCallback, useMemo, useState} from 'react';
import {createRoot} from 'react-dom/client';
import feed from '../../data-schema/feeds/khabarovsk-2021.json';
import type {TwinErrorEvent, TwinLoadEvent, TwinSelectEvent, TwinSelectDetail} from '../../src/core/events.js';
import type {TwinData} from '../../src/core/merge.js';
import {
  CALENDAR_VIEWS,
  LANGUAGES,
  describeSelection,
  partnerOptions,
  type CalendarView,
  type Language,
} from '../frameworks/shared.js';

function App() {
  const [lang, setLang] = useState<Language>('en');
  const [partner, setPartner] = useState('');
  const [view, setView] = useState<CalendarView>('month');
  const [loaded, setLoaded] = useState<TwinData>();
  const [chosen, setChosen] = useState<TwinSelectDetail>();
  const [error, setError] = useState('');
  const partners = useMemo(() => partnerOptions(feed), []);

  // Stable handlers: React removes and adds the listener again only when the function changes.
  const onLoad = useCallback((e: TwinLoadEvent) => setLoaded(e.detail.data), []);
  const onSelect = useCallback((e: TwinSelectEvent) => setChosen(e.detail), []);
  const onError = useCallback((e: TwinErrorEvent) => setError(`${e.detail.source}: ${e.detail.message}`), []);

  const choice = chosen && describeSelection(chosen, loaded);
  return (
    <>
      <header>
        <p className="site">Twinning Kit · in a React app</p>
        <a className="other" href="./vue.html">
          The same page in Vue
        </a>
      </header>
      <main>
        <h1>Khabarovsk’s partner cities, in a React app</h1>
        <p className="lede">
          React renders this page and its controls. The widgets below get Khabarovsk’s 2021 feed from React as a
          property, and tell React what you choose in them.
        </p>
        <form className="controls" onSubmit={(e) => e.preventDefault()}>
          <label>
            Language of the widgets
            <select id="lang" value={lang} onChange={(e) => setLang(e.target.value as Language)}>
              {LANGUAGES.map((l) => (
                <option key={l.tag} value={l.tag} lang={l.tag}>
                  {l.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Partner city
            <select id="partner" value={partner} onChange={(e) => setPartner(e.target.value)}>
              <option value="">All partner cities</option>
              {partners.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Calendar view
            <select id="view" value={view} onChange={(e) => setView(e.target.value as CalendarView)}>
              {CALENDAR_VIEWS.map((v) => (
                <option key={v.value} value={v.value}>
                  {v.label}
                </option>
              ))}
            </select>
          </label>
        </form>
        <section className="status" aria-label="What the widgets told React">
          <p>
            Loaded from the feed (<code>twin-load</code>):{' '}
            <output id="event-count">{loaded ? loaded.events.length : '…'}</output> events,{' '}
            <output id="delegation-count">{loaded ? loaded.delegations.length : '…'}</output> delegations.
          </p>
          <p aria-live="polite" id="chosen">
            {choice ? (
              <>
                You chose: <span id="chosen-kind">{choice.kind}</span> <code id="chosen-id">{choice.id}</code>
                {choice.name && <> — {choice.name}</>}
              </>
            ) : (
              'Choose an event, a city or a delegation in the widgets: React shows it here.'
            )}
          </p>
          {error && (
            <p role="alert" id="error">
              {error}
            </p>
          )}
        </section>

        <h2>Joint events</h2>
        <twin-event-calendar
          data={feed}
          lang={lang}
          partner={partner}
          view={view}
          date="2021-07"
          ontwin-load={onLoad}
          ontwin-select={onSelect}
          ontwin-error={onError}
        ></twin-event-calendar>

        <h2>Partner cities</h2>
        <twin-partner-map
          data={feed}
          lang={lang}
          partner={partner}
          ontwin-select={onSelect}
          ontwin-error={onError}
        ></twin-partner-map>

        <h2>Delegations and official meetings</h2>
        <twin-delegation-list
          data={feed}
          lang={lang}
          partner={partner}
          ontwin-select={onSelect}
          ontwin-error={onError}
        ></twin-delegation-list>
      </main>
    </>
  );
}

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
