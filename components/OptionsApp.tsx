import { useState } from 'preact/hooks';
import { AdminDomainsSection } from './options/AdminDomainsSection';
import { AffiseApiSection } from './options/AffiseApiSection';
import { EncodingToolOriginsSection } from './options/EncodingToolOriginsSection';
import { LoadOfferSection } from './options/LoadOfferSection';
import { StoredDataSection } from './options/StoredDataSection';
import { TaughtFieldsSection } from './options/TaughtFieldsSection';
import { TeamSetupSection } from './options/TeamSetupSection';
import './options/options.css';

export function OptionsApp() {
  // Remounts "Load offer by id" after new API settings, so an old error does not linger.
  const [settingsVersion, setSettingsVersion] = useState(0);
  // Re-lists the taught fields after an import.
  const [setupVersion, setSetupVersion] = useState(0);
  return (
    <main class="po-main">
      <h1>Postbridge options</h1>
      <AdminDomainsSection key={setupVersion} />
      <AffiseApiSection onSaved={() => setSettingsVersion((v) => v + 1)} />
      <LoadOfferSection key={settingsVersion} />
      <TaughtFieldsSection version={setupVersion} />
      <TeamSetupSection onImported={() => setSetupVersion((v) => v + 1)} />
      <EncodingToolOriginsSection />
      <StoredDataSection />
    </main>
  );
}
