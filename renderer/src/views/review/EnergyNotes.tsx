// A few quiet sentences under an energy figure ("This week is full. Rest is part of the plan."); empty ones
// are left out.
export function EnergyNotes({ notes }: { notes: readonly string[] }) {
  const shown = notes.filter((n) => n !== '');
  if (shown.length === 0) return null;
  return (
    <div className="review-energy-notes">
      {shown.map((note) => (
        <p key={note} className="muted">
          {note}
        </p>
      ))}
    </div>
  );
}
