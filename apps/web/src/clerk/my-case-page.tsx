export default function MyCasePage() {
  return <div>MyCasePage</div>;
}
