-- Assistance (issue 14), catalogue and stock: items and kits as data, and stock per warehouse (a geo site of type
-- WAREHOUSE) kept as an append-only ledger of movements beside one balance row per (warehouse, item) that PostgreSQL
-- itself keeps from going negative (CHECK, and dispatches that update only WHERE quantity >= :n).

CREATE TABLE assistance_item (
  id         uuid PRIMARY KEY,
  code       text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9][a-z0-9-]{1,39}$'),
  name_en    text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 200),
  name_ar    text NOT NULL CHECK (length(name_ar) BETWEEN 1 AND 200),
  unit       text NOT NULL CHECK (unit IN ('piece', 'pair', 'set', 'pack', 'box', 'kg', 'litre', 'basket')),
  active     boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL DEFAULT 'migration',
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL DEFAULT 'migration'
);

CREATE TABLE assistance_kit (
  id         uuid PRIMARY KEY,
  code       text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9][a-z0-9-]{1,39}$'),
  name_en    text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 200),
  name_ar    text NOT NULL CHECK (length(name_ar) BETWEEN 1 AND 200),
  active     boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL DEFAULT 'migration',
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL DEFAULT 'migration'
);

CREATE TABLE assistance_kit_content (
  kit_id   uuid NOT NULL REFERENCES assistance_kit (id) ON DELETE CASCADE,
  item_id  uuid NOT NULL REFERENCES assistance_item (id),
  quantity integer NOT NULL CHECK (quantity > 0),
  PRIMARY KEY (kit_id, item_id)
);

-- The warehouses stock was recorded in, with the geo site's code and names as last seen (pages read them from here,
-- so that a reader needs no geo permission).
CREATE TABLE assistance_warehouse (
  site_id uuid PRIMARY KEY,
  code    text NOT NULL,
  name_en text NOT NULL,
  name_ar text NOT NULL
);

CREATE TABLE assistance_stock_balance (
  warehouse_id uuid NOT NULL REFERENCES assistance_warehouse (site_id),
  item_id      uuid NOT NULL REFERENCES assistance_item (id),
  quantity     bigint NOT NULL DEFAULT 0 CONSTRAINT assistance_stock_balance_never_negative CHECK (quantity >= 0),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (warehouse_id, item_id)
);

CREATE TABLE assistance_stock_movement (
  id                   uuid PRIMARY KEY,
  seq                  bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  operation_id         uuid NOT NULL,
  warehouse_id         uuid NOT NULL REFERENCES assistance_warehouse (site_id),
  item_id              uuid NOT NULL REFERENCES assistance_item (id),
  kind                 text NOT NULL CHECK (kind IN ('RECEIPT', 'TRANSFER_OUT', 'TRANSFER_IN', 'DISPATCH', 'LOSS')),
  quantity             bigint NOT NULL CHECK (quantity > 0),
  balance_after        bigint NOT NULL CHECK (balance_after >= 0),
  other_warehouse_id   uuid REFERENCES assistance_warehouse (site_id),
  kit_id               uuid REFERENCES assistance_kit (id),
  donor                text CHECK (length(donor) <= 200),
  project              text CHECK (length(project) <= 200),
  distribution_ref     text CHECK (length(distribution_ref) <= 100),
  reason               text CHECK (length(reason) <= 500),
  recorded_at          timestamptz NOT NULL,
  recorded_by          text NOT NULL,
  CHECK (kind NOT IN ('TRANSFER_OUT', 'TRANSFER_IN') OR other_warehouse_id IS NOT NULL),
  CHECK (kind <> 'LOSS' OR reason IS NOT NULL)
);
CREATE INDEX assistance_stock_movement_card_idx ON assistance_stock_movement (warehouse_id, item_id, seq);
CREATE INDEX assistance_stock_movement_operation_idx ON assistance_stock_movement (operation_id);

-- The ledger is append-only: a mistake is corrected by another movement, never by rewriting one.
CREATE FUNCTION assistance_stock_movement_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'assistance_stock_movement is append-only';
END $$;
CREATE TRIGGER assistance_stock_movement_append_only BEFORE UPDATE OR DELETE ON assistance_stock_movement
  FOR EACH ROW EXECUTE FUNCTION assistance_stock_movement_append_only();

-- The mission's catalogue (MRRM, WASH, shelter/NFI, VHR pre-departure), names in both languages.
INSERT INTO assistance_item (id, code, name_en, name_ar, unit) VALUES
  (gen_random_uuid(), 'soap-bar', 'Soap bar', 'قطعة صابون', 'piece'),
  (gen_random_uuid(), 'toothbrush', 'Toothbrush', 'فرشاة أسنان', 'piece'),
  (gen_random_uuid(), 'toothpaste', 'Toothpaste', 'معجون أسنان', 'piece'),
  (gen_random_uuid(), 'shampoo', 'Shampoo', 'شامبو', 'piece'),
  (gen_random_uuid(), 'towel', 'Towel', 'منشفة', 'piece'),
  (gen_random_uuid(), 'laundry-soap', 'Laundry soap', 'صابون غسيل', 'piece'),
  (gen_random_uuid(), 'sanitary-pads', 'Sanitary pads (pack)', 'فوط صحية (عبوة)', 'pack'),
  (gen_random_uuid(), 'reusable-pads', 'Reusable menstrual pads (set)', 'فوط صحية قابلة لإعادة الاستخدام (طقم)', 'set'),
  (gen_random_uuid(), 'underwear', 'Underwear', 'ملابس داخلية', 'piece'),
  (gen_random_uuid(), 'torch', 'Solar torch', 'مصباح يدوي شمسي', 'piece'),
  (gen_random_uuid(), 'headscarf', 'Headscarf', 'غطاء رأس', 'piece'),
  (gen_random_uuid(), 'whistle', 'Whistle', 'صفارة', 'piece'),
  (gen_random_uuid(), 'blanket', 'Blanket', 'بطانية', 'piece'),
  (gen_random_uuid(), 'sleeping-mat', 'Sleeping mat', 'حصيرة نوم', 'piece'),
  (gen_random_uuid(), 'jerrycan', 'Jerrycan (20 l)', 'جالون مياه (20 لتر)', 'piece'),
  (gen_random_uuid(), 'kitchen-set', 'Kitchen set', 'طقم مطبخ', 'set'),
  (gen_random_uuid(), 'tarpaulin', 'Plastic tarpaulin', 'مشمع بلاستيكي', 'piece'),
  (gen_random_uuid(), 'rope', 'Rope (30 m)', 'حبل (30 م)', 'piece'),
  (gen_random_uuid(), 'shelter-tools', 'Shelter tool set', 'طقم أدوات إيواء', 'set'),
  (gen_random_uuid(), 'nails-kg', 'Nails', 'مسامير', 'kg'),
  (gen_random_uuid(), 'clothing-set-adult', 'Clothing set, adult', 'طقم ملابس للبالغين', 'set'),
  (gen_random_uuid(), 'clothing-set-child', 'Clothing set, child', 'طقم ملابس للأطفال', 'set'),
  (gen_random_uuid(), 'shoes', 'Shoes', 'حذاء', 'pair'),
  (gen_random_uuid(), 'flip-flops', 'Flip-flops', 'شبشب', 'pair'),
  (gen_random_uuid(), 'food-basket', 'Food basket (one month)', 'سلة غذائية (شهر واحد)', 'basket'),
  (gen_random_uuid(), 'life-jacket', 'Life jacket', 'سترة نجاة', 'piece'),
  (gen_random_uuid(), 'emergency-blanket', 'Emergency (thermal) blanket', 'بطانية طوارئ حرارية', 'piece'),
  (gen_random_uuid(), 'first-aid-kit', 'First aid kit', 'حقيبة إسعافات أولية', 'piece'),
  (gen_random_uuid(), 'water-bottle', 'Bottled water (1.5 l)', 'مياه معبأة (1.5 لتر)', 'piece');

INSERT INTO assistance_kit (id, code, name_en, name_ar) VALUES
  (gen_random_uuid(), 'hygiene-kit', 'Hygiene kit', 'حقيبة النظافة الشخصية'),
  (gen_random_uuid(), 'dignity-kit', 'Dignity kit', 'حقيبة الكرامة'),
  (gen_random_uuid(), 'nfi-kit', 'Non-food items (NFI) kit', 'حقيبة المواد غير الغذائية'),
  (gen_random_uuid(), 'shelter-kit', 'Shelter kit', 'حقيبة الإيواء'),
  (gen_random_uuid(), 'clothing-kit-adult', 'Clothing and footwear, adult', 'ملابس وأحذية للبالغين'),
  (gen_random_uuid(), 'clothing-kit-child', 'Clothing and footwear, child', 'ملابس وأحذية للأطفال'),
  (gen_random_uuid(), 'disembarkation-kit', 'Disembarkation kit', 'حقيبة الإنزال');

INSERT INTO assistance_kit_content (kit_id, item_id, quantity)
SELECT k.id, i.id, c.quantity
  FROM (VALUES
    ('hygiene-kit', 'soap-bar', 4), ('hygiene-kit', 'toothbrush', 2), ('hygiene-kit', 'toothpaste', 1),
    ('hygiene-kit', 'shampoo', 1), ('hygiene-kit', 'towel', 1), ('hygiene-kit', 'laundry-soap', 2),
    ('dignity-kit', 'sanitary-pads', 3), ('dignity-kit', 'reusable-pads', 1), ('dignity-kit', 'underwear', 3),
    ('dignity-kit', 'soap-bar', 2), ('dignity-kit', 'torch', 1), ('dignity-kit', 'headscarf', 1),
    ('dignity-kit', 'whistle', 1),
    ('nfi-kit', 'blanket', 2), ('nfi-kit', 'sleeping-mat', 2), ('nfi-kit', 'jerrycan', 1),
    ('nfi-kit', 'kitchen-set', 1), ('nfi-kit', 'torch', 1),
    ('shelter-kit', 'tarpaulin', 2), ('shelter-kit', 'rope', 1), ('shelter-kit', 'shelter-tools', 1),
    ('shelter-kit', 'nails-kg', 1),
    ('clothing-kit-adult', 'clothing-set-adult', 1), ('clothing-kit-adult', 'shoes', 1),
    ('clothing-kit-adult', 'underwear', 2),
    ('clothing-kit-child', 'clothing-set-child', 1), ('clothing-kit-child', 'shoes', 1),
    ('disembarkation-kit', 'emergency-blanket', 1), ('disembarkation-kit', 'water-bottle', 2),
    ('disembarkation-kit', 'flip-flops', 1), ('disembarkation-kit', 'soap-bar', 1)
  ) AS c (kit, item, quantity)
  JOIN assistance_kit k ON k.code = c.kit
  JOIN assistance_item i ON i.code = c.item;
