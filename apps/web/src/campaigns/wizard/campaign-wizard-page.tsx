export default function CampaignWizardPage() {
  return <div>CampaignWizardPage</div>;
}
