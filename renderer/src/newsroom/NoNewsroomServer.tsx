// What a newsroom view shows before a server is set up: what the view would hold, and the way to
// set one up. The library scope and the review queue say the same thing about different lists.
export function NoNewsroomServer({ holds, onSetUp }: { holds: string; onSetUp: () => void }) {
  return (
    <div className="empty-state">
      <p className="empty-title">No newsroom server</p>
      <p>{holds}</p>
      <button type="button" className="button" onClick={onSetUp}>Set up newsroom server…</button>
    </div>
  );
}
