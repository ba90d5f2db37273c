import { useSyncExternalStore } from 'react';
import type { FactBoxBullet } from '../../../core/index.ts';
import { bulletLine, normaliseBullet } from '../checking/useLiveChecking.ts';
import type { LiveChecking } from '../checking/useLiveChecking.ts';
import { Icon } from '../ui/Icon.tsx';

/** The engine's suggested fact-box bullets for the story's sources, each with its citations. */
export function FactBoxPanel({ checking }: { checking: LiveChecking }) {
  const { store } = checking;
  useSyncExternalStore(store.subscribe, store.getVersion);
  const bullets = store.bullets;

  if (store.status === 'no-sources') {
    return (
      <div className="empty-state">
        <p className="empty-title">No sources attached</p>
        <p>Fact-box suggestions are drawn from the story’s sources. Attach some in the Sources tab.</p>
      </div>
    );
  }
  if (bullets === null) return <div className="panel-loading">Reading the sources…</div>;
  if (bullets.length === 0) return <p className="empty-state">The sources give no figures to suggest for a fact box.</p>;

  const present = checking.factBoxItemTexts();
  const isIn = (b: FactBoxBullet) => present.has(normaliseBullet(bulletLine(b)));
  const missing = bullets.filter((b) => !isIn(b));

  return (
    <div className="factbox-panel">
      <div className="factbox-actions">
        <p>Suggested from {checking.sources.length === 1 ? 'the story’s source' : `${checking.sources.length} sources`}</p>
        <button type="button" className="button button-small button-primary" disabled={missing.length === 0} onClick={() => checking.insertBullets(missing)}>
          <Icon name="plus" /> Insert all
        </button>
      </div>
      <ul className="factbox-suggestions" aria-label="Suggested fact-box bullets">
        {bullets.map((bullet, i) => {
          const inserted = isIn(bullet);
          return (
            <li key={`${bullet.label}:${i}`} className="factbox-suggestion">
              <p className="factbox-line">
                {bullet.label ? <><span className="factbox-label">{bullet.label}:</span> </> : null}{bullet.text}
              </p>
              <div className="factbox-row">
                <span className="factbox-cites">
                  {bullet.citations.map((c, j) => {
                    const source = checking.sources.find((s) => s.id === c.sourceId);
                    const cited = checking.sourceText(c.sourceId)?.slice(c.start, c.end).trim();
                    return (
                      <button
                        key={`${c.sourceId}:${c.start}`}
                        type="button"
                        className="cite"
                        title={`${cited ? `“${cited}” — ` : ''}show in ${source?.title ?? 'the source'}`}
                        onClick={() => checking.openSource({ sourceId: c.sourceId, start: c.start, end: c.end })}
                      >
                        {j + 1}. {cited ? `“${cited}”` : source?.title ?? 'Source'}
                      </button>
                    );
                  })}
                  <span className="factbox-source">{sourcesOf(bullet, checking)}</span>
                </span>
                <button
                  type="button"
                  className="button button-small"
                  disabled={inserted}
                  aria-label={inserted ? `In fact box: ${bullet.label}` : `Insert “${bulletLine(bullet)}” into the fact box`}
                  onClick={() => checking.insertBullets([bullet])}
                >
                  {inserted ? (
                    <>
                      <Icon name="check" /> In fact box
                    </>
                  ) : (
                    <>
                      <Icon name="plus" /> Insert
                    </>
                  )}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function sourcesOf(bullet: FactBoxBullet, checking: LiveChecking): string {
  const titles = [...new Set(bullet.citations.map((c) => checking.sources.find((s) => s.id === c.sourceId)?.title ?? 'A detached source'))];
  return titles.join(' · ');
}
