-- Rules of the dashboard and pricing generators (generators/dashboards.c,
-- generators/pricing.c) on a TERP database (MariaDB 10.6+ / MySQL 8).
-- One SELECT per rule: the rule's name and the number of rows that break
-- it (0 = the rule holds). The rules hold in every scenario, edge included.

-- userDashboardPreferences -------------------------------------------------

SELECT 'userDashboardPreferences: at most one row per user', COUNT(*)
FROM (SELECT userId FROM userDashboardPreferences GROUP BY userId HAVING COUNT(*) > 1) d;

SELECT 'userDashboardPreferences: widgetConfig is a JSON array', COUNT(*)
FROM userDashboardPreferences
WHERE widgetConfig IS NULL OR NOT JSON_VALID(widgetConfig) OR JSON_TYPE(widgetConfig) <> 'ARRAY';

SELECT 'userDashboardPreferences: every listed widget is a known widget', COUNT(*)
FROM userDashboardPreferences p,
     JSON_TABLE(p.widgetConfig, '$[*]' COLUMNS (wid VARCHAR(100) PATH '$.id')) j
WHERE j.wid IS NULL OR j.wid NOT IN ('sales-by-client', 'cash-flow', 'transaction-snapshot',
      'inventory-snapshot', 'total-debt', 'sales-comparison', 'profitability',
      'matchmaking-opportunities', 'inbox', 'low-stock-alerts', 'recent-orders', 'pending-payments');

SELECT 'userDashboardPreferences: every widget has a boolean isVisible', COUNT(*)
FROM userDashboardPreferences p,
     JSON_TABLE(p.widgetConfig, '$[*]' COLUMNS (n FOR ORDINALITY)) j
WHERE COALESCE(JSON_TYPE(JSON_EXTRACT(p.widgetConfig, CONCAT('$[', j.n - 1, '].isVisible'))), '') <> 'BOOLEAN';

SELECT 'userDashboardPreferences: widget order runs 1..n', COUNT(*)
FROM userDashboardPreferences p,
     JSON_TABLE(p.widgetConfig, '$[*]' COLUMNS (n FOR ORDINALITY, ord INT PATH '$.order')) j
WHERE j.ord IS NULL OR j.ord <> j.n;

SELECT 'userDashboardPreferences: no widget listed twice', COUNT(*)
FROM (SELECT p.id
      FROM userDashboardPreferences p,
           JSON_TABLE(p.widgetConfig, '$[*]' COLUMNS (wid VARCHAR(100) PATH '$.id')) j
      GROUP BY p.id HAVING COUNT(*) <> COUNT(DISTINCT j.wid)) d;

SELECT 'userDashboardPreferences: widget settings, when present, are an object', COUNT(*)
FROM userDashboardPreferences p,
     JSON_TABLE(p.widgetConfig, '$[*]' COLUMNS (n FOR ORDINALITY, has_settings INT EXISTS PATH '$.settings')) j
WHERE j.has_settings = 1
  AND JSON_TYPE(JSON_EXTRACT(p.widgetConfig, CONCAT('$[', j.n - 1, '].settings'))) <> 'OBJECT';

SELECT 'userDashboardPreferences: activeLayout is a TERP preset', COUNT(*)
FROM userDashboardPreferences
WHERE activeLayout IS NULL OR activeLayout NOT IN ('executive', 'operations', 'sales', 'custom');

-- dashboard_widget_layouts -------------------------------------------------

SELECT 'dashboard_widget_layouts: positions run 0..k-1 per user', COUNT(*)
FROM (SELECT userId FROM dashboard_widget_layouts WHERE userId IS NOT NULL GROUP BY userId
      HAVING MIN(position) <> 0 OR MAX(position) <> COUNT(*) - 1
          OR COUNT(DISTINCT position) <> COUNT(*)) d;

SELECT 'dashboard_widget_layouts: positions run 0..k-1 per role default layout', COUNT(*)
FROM (SELECT role FROM dashboard_widget_layouts WHERE userId IS NULL GROUP BY role
      HAVING MIN(position) <> 0 OR MAX(position) <> COUNT(*) - 1
          OR COUNT(DISTINCT position) <> COUNT(*)) d;

SELECT 'dashboard_widget_layouts: widgetType is a known widget', COUNT(*)
FROM dashboard_widget_layouts
WHERE widgetType NOT IN ('sales-by-client', 'cash-flow', 'transaction-snapshot',
      'inventory-snapshot', 'total-debt', 'sales-comparison', 'profitability',
      'matchmaking-opportunities', 'inbox', 'low-stock-alerts', 'recent-orders', 'pending-payments');

SELECT 'dashboard_widget_layouts: no widget twice in one layout', COUNT(*)
FROM (SELECT userId, role FROM dashboard_widget_layouts
      GROUP BY userId, CASE WHEN userId IS NULL THEN role END
      HAVING COUNT(*) <> COUNT(DISTINCT widgetType)) d;

SELECT 'dashboard_widget_layouts: width 1-4 and height 1-3', COUNT(*)
FROM dashboard_widget_layouts
WHERE width NOT BETWEEN 1 AND 4 OR height NOT BETWEEN 1 AND 3;

SELECT 'dashboard_widget_layouts: role-level rows (userId NULL) have a role', COUNT(*)
FROM dashboard_widget_layouts WHERE userId IS NULL AND role IS NULL;

SELECT 'dashboard_widget_layouts: user rows have role NULL (as TERP saves them)', COUNT(*)
FROM dashboard_widget_layouts WHERE userId IS NOT NULL AND role IS NOT NULL;

SELECT 'dashboard_widget_layouts: config is NULL or a JSON object', COUNT(*)
FROM dashboard_widget_layouts
WHERE config IS NOT NULL AND (NOT JSON_VALID(config) OR JSON_TYPE(config) <> 'OBJECT');

-- dashboard_kpi_configs ----------------------------------------------------

SELECT 'dashboard_kpi_configs: (role, kpiType) is unique', COUNT(*)
FROM (SELECT role, kpiType FROM dashboard_kpi_configs GROUP BY role, kpiType HAVING COUNT(*) > 1) d;

SELECT 'dashboard_kpi_configs: positions run 0..k-1 per role', COUNT(*)
FROM (SELECT role FROM dashboard_kpi_configs GROUP BY role
      HAVING MIN(position) <> 0 OR MAX(position) <> COUNT(*) - 1
          OR COUNT(DISTINCT position) <> COUNT(*)) d;

SELECT 'dashboard_kpi_configs: kpiType is a known KPI', COUNT(*)
FROM dashboard_kpi_configs
WHERE kpiType NOT IN ('total_revenue', 'gross_margin', 'active_orders', 'inventory_value',
      'low_stock_count', 'accounts_receivable', 'accounts_payable', 'cash_collected',
      'avg_days_to_pay', 'overdue_invoices', 'avg_order_value', 'units_sold',
      'sample_conversion_rate', 'batches_in_testing', 'pending_intakes', 'top_client_share');

-- pricing_rules ------------------------------------------------------------

SELECT 'pricing_rules: percent adjustments are 1-40', COUNT(*)
FROM pricing_rules
WHERE adjustment_type IN ('PERCENT_MARKUP', 'PERCENT_MARKDOWN') AND adjustment_value NOT BETWEEN 1 AND 40;

SELECT 'pricing_rules: dollar adjustments are 1-500', COUNT(*)
FROM pricing_rules
WHERE adjustment_type IN ('DOLLAR_MARKUP', 'DOLLAR_MARKDOWN') AND adjustment_value NOT BETWEEN 1 AND 500;

SELECT 'pricing_rules: conditions is a JSON object', COUNT(*)
FROM pricing_rules
WHERE conditions IS NULL OR NOT JSON_VALID(conditions) OR JSON_TYPE(conditions) <> 'OBJECT';

SELECT 'pricing_rules: conditions use only known keys', COUNT(*)
FROM pricing_rules
WHERE JSON_LENGTH(conditions) <> JSON_CONTAINS_PATH(conditions, 'one', '$.category')
    + JSON_CONTAINS_PATH(conditions, 'one', '$.subcategory')
    + JSON_CONTAINS_PATH(conditions, 'one', '$.strain')
    + JSON_CONTAINS_PATH(conditions, 'one', '$.grade')
    + JSON_CONTAINS_PATH(conditions, 'one', '$.vendor')
    + JSON_CONTAINS_PATH(conditions, 'one', '$.clientTier')
    + JSON_CONTAINS_PATH(conditions, 'one', '$.minQuantity')
    + JSON_CONTAINS_PATH(conditions, 'one', '$.priceMin')
    + JSON_CONTAINS_PATH(conditions, 'one', '$.priceMax');

SELECT 'pricing_rules: text conditions are non-empty strings', COUNT(*)
FROM pricing_rules r,
     JSON_TABLE('["category","subcategory","strain","grade","vendor","clientTier"]', '$[*]'
                COLUMNS (k VARCHAR(20) PATH '$')) kk
WHERE JSON_CONTAINS_PATH(r.conditions, 'one', CONCAT('$.', kk.k))
  AND (JSON_TYPE(JSON_EXTRACT(r.conditions, CONCAT('$.', kk.k))) <> 'STRING'
       OR JSON_UNQUOTE(JSON_EXTRACT(r.conditions, CONCAT('$.', kk.k))) = '');

SELECT 'pricing_rules: quantity and price conditions are positive numbers, min < max', COUNT(*)
FROM pricing_rules
WHERE (JSON_CONTAINS_PATH(conditions, 'one', '$.minQuantity')
       AND (JSON_TYPE(JSON_EXTRACT(conditions, '$.minQuantity')) <> 'INTEGER'
            OR CAST(JSON_EXTRACT(conditions, '$.minQuantity') AS DECIMAL(14, 2)) < 1))
   OR (JSON_CONTAINS_PATH(conditions, 'one', '$.priceMin')
       AND (JSON_TYPE(JSON_EXTRACT(conditions, '$.priceMin')) NOT IN ('INTEGER', 'DOUBLE')
            OR CAST(JSON_EXTRACT(conditions, '$.priceMin') AS DECIMAL(14, 2)) <= 0))
   OR (JSON_CONTAINS_PATH(conditions, 'one', '$.priceMax')
       AND (JSON_TYPE(JSON_EXTRACT(conditions, '$.priceMax')) NOT IN ('INTEGER', 'DOUBLE')
            OR CAST(JSON_EXTRACT(conditions, '$.priceMax') AS DECIMAL(14, 2)) <= 0))
   OR CAST(JSON_EXTRACT(conditions, '$.priceMin') AS DECIMAL(14, 2))
      >= CAST(JSON_EXTRACT(conditions, '$.priceMax') AS DECIMAL(14, 2));

SELECT 'pricing_rules: category, grade and client tier take known values', COUNT(*)
FROM pricing_rules
WHERE JSON_UNQUOTE(JSON_EXTRACT(conditions, '$.category'))
          NOT IN ('Flower', 'Pre-Roll', 'Vape', 'Edible', 'Concentrate', 'Tincture', 'Topical')
   OR JSON_UNQUOTE(JSON_EXTRACT(conditions, '$.grade')) NOT IN ('AAA', 'AA', 'A', 'B', 'C')
   OR JSON_UNQUOTE(JSON_EXTRACT(conditions, '$.clientTier'))
          NOT IN ('platinum', 'gold', 'silver', 'bronze');

SELECT 'pricing_rules: logic_type is set', COUNT(*)
FROM pricing_rules WHERE logic_type IS NULL;

SELECT 'pricing_rules: OR only with two or more conditions', COUNT(*)
FROM pricing_rules WHERE logic_type = 'OR' AND JSON_LENGTH(conditions) < 2;

SELECT 'pricing_rules: priority is 0-100', COUNT(*)
FROM pricing_rules WHERE priority IS NULL OR priority NOT BETWEEN 0 AND 100;

SELECT 'pricing_rules: a more specific AND rule never ranks below a less specific one', COUNT(*)
FROM pricing_rules a
WHERE a.logic_type = 'AND'
  AND a.priority < (SELECT MAX(b.priority) FROM pricing_rules b
                    WHERE b.logic_type = 'AND' AND JSON_LENGTH(b.conditions) < JSON_LENGTH(a.conditions));

SELECT 'pricing_rules: the name states the adjustment', COUNT(*)
FROM pricing_rules
WHERE LOCATE(CAST(CASE WHEN adjustment_type LIKE 'PERCENT%'
                  THEN CONCAT(TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM CAST(adjustment_value AS CHAR))), '%')
                  ELSE CONCAT('$', IF(adjustment_value = FLOOR(adjustment_value),
                                      CAST(FLOOR(adjustment_value) AS CHAR),
                                      CAST(adjustment_value AS CHAR)))
             END AS BINARY), CAST(name AS BINARY)) = 0;

SELECT 'pricing_rules: the name says markup or markdown', COUNT(*)
FROM pricing_rules
WHERE (adjustment_type LIKE '%MARKDOWN' AND name NOT REGEXP '(?i)discount|markdown|off')
   OR (adjustment_type LIKE '%MARKUP' AND name NOT REGEXP '(?i)markup|premium|surcharge');

-- pricing_profiles ---------------------------------------------------------

SELECT 'pricing_profiles: rules is a JSON array', COUNT(*)
FROM pricing_profiles
WHERE rules IS NULL OR NOT JSON_VALID(rules) OR JSON_TYPE(rules) <> 'ARRAY';

SELECT 'pricing_profiles: every ruleId is an existing pricing rule', COUNT(*)
FROM pricing_profiles p,
     JSON_TABLE(p.rules, '$[*]' COLUMNS (rid BIGINT PATH '$.ruleId')) j
     LEFT JOIN pricing_rules r ON r.id = j.rid
WHERE r.id IS NULL;

SELECT 'pricing_profiles: every listed rule is live (not soft-deleted)', COUNT(*)
FROM pricing_profiles p,
     JSON_TABLE(p.rules, '$[*]' COLUMNS (rid BIGINT PATH '$.ruleId')) j
     JOIN pricing_rules r ON r.id = j.rid
WHERE r.deleted_at IS NOT NULL;

SELECT 'pricing_profiles: no rule listed twice', COUNT(*)
FROM (SELECT p.id
      FROM pricing_profiles p,
           JSON_TABLE(p.rules, '$[*]' COLUMNS (rid BIGINT PATH '$.ruleId')) j
      GROUP BY p.id HAVING COUNT(*) <> COUNT(DISTINCT j.rid)) d;

SELECT 'pricing_profiles: rule priority runs 1..n', COUNT(*)
FROM pricing_profiles p,
     JSON_TABLE(p.rules, '$[*]' COLUMNS (n FOR ORDINALITY, prio INT PATH '$.priority')) j
WHERE j.prio IS NULL OR j.prio <> j.n;

SELECT 'pricing_profiles: created_by is a user when users exist', COUNT(*)
FROM pricing_profiles
WHERE created_by IS NULL AND EXISTS (SELECT 1 FROM users);
