export default function CasePage() {
  return <div>CasePage</div>;
}
