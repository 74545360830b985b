export function PlayerPlaceholder() {
  return <p role="note">This interactive figure is not built yet.</p>;
}
