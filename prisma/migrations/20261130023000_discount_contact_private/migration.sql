-- A discount action used to show the partner's phone, e-mail and website to pass holders by default:
-- the wizard set them on and the editors' form showed them ticked, although nobody chose it and the
-- registration promised "Pashouders zien dit nummer niet" (issue 14). Untick every such "show" of a
-- discount action, in the working copy and in what is published, unless its history shows that
-- someone turned it on: the flag was off in an earlier version. Credit listings always started
-- unticked, so their ticks were chosen and stay.
DO $$
DECLARE
  col text;
  flag text;
BEGIN
  FOREACH col IN ARRAY ARRAY['content', 'publishedContent'] LOOP
    FOREACH flag IN ARRAY ARRAY['showPhone', 'showEmail', 'showWebsite'] LOOP
      EXECUTE format(
        'UPDATE "Offer" o SET %1$I = jsonb_set(o.%1$I, ARRAY[''contact'', %2$L], ''false'')
          WHERE o."kind" = ''DISCOUNT_ACTION''
            AND o.%1$I #>> ARRAY[''contact'', %2$L] = ''true''
            AND NOT EXISTS (
              SELECT 1 FROM "OfferEvent" e
              WHERE e."offerId" = o."id" AND e."content" #>> ARRAY[''contact'', %2$L] = ''false'')',
        col, flag);
    END LOOP;
  END LOOP;
END $$;
