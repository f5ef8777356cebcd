/** The head of a notice's table: the row number first, then its columns. */
export function NoticeTableHead({ index, columns }: { index: string; columns: readonly string[] }) {
  return (
    <thead>
      <tr>
        <th scope="col" className="w-12">
          {index}
        </th>
        {columns.map((label) => (
          <th key={label} scope="col">
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
