export default function InspectionTasksPage() {
  return <div>InspectionTasksPage</div>;
}
