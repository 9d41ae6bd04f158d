export default function TodoPage() {
  return <div>TodoPage</div>;
}
