export default function MyCasesPage() {
  return <div>MyCasesPage</div>;
}
