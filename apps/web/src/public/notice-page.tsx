export default function NoticePage() {
  return <div>NoticePage</div>;
}
