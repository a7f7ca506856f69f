-- Voronka schema step: a person's part of the base counted on an index alone. A caller sees their cold and calling
-- companies (VisibleCompanies): counting 50,000 of them on companies_owner read each company's row for its stage
-- (160 ms on the 1,000,000-company bench base, at every open and every cleared search); on this index it is one range.
-- An import adds its companies with one owner and one stage, in id order, so each lands at the end of its range.
CREATE INDEX companies_owner_stage ON companies(owner_id, stage);
