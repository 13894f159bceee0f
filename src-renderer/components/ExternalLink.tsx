/**
 * A link out of the app. Electron's window handler sends http(s) to the OS browser and
 * drops other schemes; only http(s) URLs become links here at all.
 */
export function ExternalLink({ href, label, hint }: { href: string; label: string; hint: string }) {
  if (!/^https?:\/\//i.test(href)) return <>{label}</>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {label}
      <span className="visually-hidden"> {hint}</span>
    </a>
  );
}
