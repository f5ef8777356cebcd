-- The sequence part of every unified social credit code issued here (DESIGN §6): nextval never
-- hands one value out twice, even to concurrent transactions, and licences.credit_code is unique.
-- makeCreditCode encodes values below 31^6 (887,503,681).
CREATE SEQUENCE IF NOT EXISTS "credit_code_seq" AS bigint START WITH 1 MINVALUE 1 MAXVALUE 887503680 NO CYCLE;
