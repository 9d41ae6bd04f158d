export default function CheckFormPage() {
  return <div>CheckFormPage</div>;
}
