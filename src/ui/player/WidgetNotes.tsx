// Notes about a widget's own props (a misspelt value, a pair not available yet).

export function WidgetNotes({ notes }: { notes: readonly string[] }) {
  if (notes.length === 0) return null;
  return (
    <div className="player-widget-notes" role="note">
      {notes.map((n) => (
        <p key={n}>{n}</p>
      ))}
    </div>
  );
}
