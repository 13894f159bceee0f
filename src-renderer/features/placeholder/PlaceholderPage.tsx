import { useId } from 'react';

/** A section of the navigation whose feature is not built yet: says so plainly. */
export function PlaceholderPage({ title, text }: { title: string; text: string }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h1 id={headingId}>{title}</h1>
      <p>{text}</p>
    </section>
  );
}
