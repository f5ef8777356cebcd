import { connection } from 'next/server';

// A dynamic page of twenty list items: rendered per request, as the portal's pages are.
export default async function BarePage() {
  await connection();
  const items = Array.from({ length: 20 }, (_, i) => `item ${i + 1}`);
  return (
    <ul>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}
