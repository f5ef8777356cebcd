import { z } from 'zod';
import type { PublicLicence } from '@/lib/data/licences';
import { LICENCE_STATUSES } from '@/lib/domain/licence-status';
import { creditCodeSchema } from '@/lib/validation/licence';

/*
 * Wire format of licence verification (GET /api/v1/licences/{code}). Pure, like ./schemas:
 * the mapper picks what a licence itself shows, field by field, so no internal id reaches it.
 */

/** The path of `GET /api/v1/licences/{code}`: a well-formed unified social credit code. */
export const licenceCodeParamsSchema = z.object({
  code: creditCodeSchema.meta({ description: 'Unified social credit code (统一社会信用代码), 18 characters, GB 32100-2015.' }),
});

export const licenceVerificationSchema = z
  .object({
    genuine: z.literal(true).meta({ description: 'The code was issued here: the licence is genuine.' }),
    valid: z.boolean().meta({ description: 'Whether the licence is in force now (status valid).' }),
    status: z.enum(LICENCE_STATUSES).meta({ description: 'valid, suspended or revoked.' }),
    statusChangedAt: z.iso.datetime().meta({ description: 'When the status last changed (ISO 8601, UTC).' }),
    licence: z
      .object({
        creditCode: z.string().meta({ description: 'Unified social credit code.' }),
        kind: z.string().meta({ description: 'Kind of licence, e.g. business-licence.' }),
        name: z.string().meta({ description: 'Name of the enterprise (名称).' }),
        type: z.string().meta({ description: 'Type of enterprise (类型).' }),
        legalRepresentative: z.string().meta({ description: 'Legal representative (法定代表人).' }),
        registeredCapital: z.number().int().meta({ description: 'Registered capital in 10,000 yuan (注册资本, 万元).' }),
        address: z.string().meta({ description: 'Registered address (住所).' }),
        businessScope: z.string().meta({ description: 'Business scope (经营范围).' }),
        establishedOn: z.iso.date().meta({ description: 'Date of establishment (成立日期), YYYY-MM-DD.' }),
        term: z.string().meta({ description: 'Operating term (营业期限), e.g. 长期.' }),
        authority: z.string().meta({ description: 'Registration authority (登记机关).' }),
        issuedOn: z.iso.date().meta({ description: 'Date of issue, YYYY-MM-DD.' }),
      })
      .meta({ description: 'What the licence itself shows.' }),
  })
  .meta({
    id: 'LicenceVerification',
    description: 'The verification of a licence: genuine, and whether valid, suspended or revoked.',
  });

export type ApiLicenceVerification = z.output<typeof licenceVerificationSchema>;

export function toApiLicenceVerification(l: PublicLicence): ApiLicenceVerification {
  return {
    genuine: true,
    valid: l.status === 'valid',
    status: l.status,
    statusChangedAt: l.statusChangedAt,
    licence: {
      creditCode: l.creditCode,
      kind: l.kind,
      name: l.name,
      type: l.type,
      legalRepresentative: l.legalRepresentative,
      registeredCapital: l.registeredCapital,
      address: l.address,
      businessScope: l.businessScope,
      establishedOn: l.establishedOn,
      term: l.term,
      authority: l.authority,
      issuedOn: l.issuedOn,
    },
  };
}
