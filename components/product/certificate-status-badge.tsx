import type { CertificateStatus } from '@/lib/ocop/certificate';
import { Badge, type BadgeTone } from '../ui/badge';

const tones: Record<CertificateStatus, BadgeTone> = {
  active: 'positive',
  expiring: 'warning',
  expired: 'negative',
  revoked: 'negative',
};

/** The certificate's status in words, coloured by how much it should worry a buyer. */
export function CertificateStatusBadge({
  status,
  labels,
}: {
  status: CertificateStatus;
  labels: Record<CertificateStatus, string>;
}) {
  return <Badge tone={tones[status]}>{labels[status]}</Badge>;
}
