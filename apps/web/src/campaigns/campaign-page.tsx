export default function CampaignPage() {
  return <div>CampaignPage</div>;
}
