export default function CampaignListPage() {
  return <div>CampaignListPage</div>;
}
