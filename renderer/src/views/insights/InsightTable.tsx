// The same numbers as a chart, as a real table: a caption, column headers, and each row's first cell as its
// row header, so a screen reader can read any number with its week and its meaning. A long table scrolls in
// its own box, which takes the focus so the keyboard can scroll it too.
export interface TableProps {
  caption: string;
  headers: readonly string[];
  rows: ReadonlyArray<{ key: string; cells: readonly string[] }>;
}

export function InsightTable({ caption, headers, rows }: TableProps) {
  return (
    <div className="insight-table-wrap" tabIndex={0} role="group" aria-label={caption}>
      <table className="insight-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {headers.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={i}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
