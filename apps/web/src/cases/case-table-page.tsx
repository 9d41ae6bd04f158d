export default function CaseTablePage() {
  return <div>CaseTablePage</div>;
}
