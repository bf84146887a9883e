/**
 * The nonce the server gave this page for the styles the Cypher editor writes (see the server's
 * guard.ts): the page's policy allows no other inline style. Absent under Vite's dev server.
 */
export function styleNonce(): string | undefined {
  return document.querySelector<HTMLMetaElement>('meta[name="entente-style-nonce"]')?.content || undefined;
}
