/** Right-aligned column headers for the numeric columns the growth and campaign tables end with. */
export function NumberColumnHeaders({ labels }: { labels: string[] }) {
  return (
    <>
      {labels.map((label, index) => (
        // Position is the identity here: the columns never reorder, and two labels could read the same.
        <th key={index} scope="col" className="number">
          {label}
        </th>
      ))}
    </>
  );
}
