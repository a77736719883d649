-- +218 (0)91 234 5678: the national format's zero kept after Libya's country code is not dialled from abroad, and
-- PhoneNumbers.normalise now leaves it out. Phones stored before are normalised as it now does, so that a search by
-- phone (0912345678, +218 91 234 5678) finds them; the match profiles are re-derived by the profile refresh.
UPDATE people_phone
   SET normalised = '218' || substr(normalised, 5)
 WHERE normalised LIKE '2180%' AND length(normalised) = 13;
