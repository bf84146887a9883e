/** ISO dates stay left-to-right inside Arabic text, or the bidi algorithm reverses their parts. */
export function DateRange({ first, last }: { first: string | null; last: string | null }) {
  if (!first || !last || first === last) {
    const only = first ?? last;
    return only ? (
      <time dateTime={only} dir="ltr">
        {only}
      </time>
    ) : null;
  }
  return (
    <span className="date-range">
      <time dateTime={first} dir="ltr">
        {first}
      </time>{' '}
      –{' '}
      <time dateTime={last} dir="ltr">
        {last}
      </time>
    </span>
  );
}
