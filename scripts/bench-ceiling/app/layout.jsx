// A root layout that renders nothing but the document: no session, no messages, no header.
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
