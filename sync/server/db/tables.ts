/**
 * The server's tables as the migrations leave them, written by `npm run db:types`
 * (db/table-types.ts) from sync/server/db/migrations: do not edit, run it after adding a migration.
 * Column types are as the server reads them (db/database.ts); db/insert-rows.ts types inserts by them.
 */
export interface Tables {
  admin_tokens: {
    name: string;
    token_hash: string;
    created_at: Date;
    revoked_at: Date | null;
  };
  asn_monthly_totals: {
    nip: string;
    month: string;
    total: number;
    sale_count: number;
    updated_at: Date;
  };
  asn_roster: {
    nip: string;
    name: string;
    opd: string;
    kind: string;
    updated_at: Date;
  };
  audit_log: {
    id: string;
    event_id: string;
    outlet_id: string;
    terminal_id: string;
    at: Date;
    kind: string;
    staff_id: string;
    staff_name: string;
    approved_by_id: string | null;
    approved_by_name: string | null;
    description: string;
    details: unknown;
    flags: string[] | null;
  };
  backoffice_audit: {
    id: number;
    at: Date;
    user_name: string;
    action: string;
    subject: string;
    before: unknown;
    after: unknown;
  };
  backoffice_login_attempts: {
    id: number;
    user_name: string;
    client_address: string;
    at: Date;
    succeeded: boolean;
  };
  backoffice_sessions: {
    token_hash: string;
    user_name: string;
    csrf_token: string;
    created_at: Date;
    expires_at: Date;
  };
  backoffice_users: {
    name: string;
    role: string;
    outlet_id: string | null;
    password_hash: string;
    disabled_at: Date | null;
    created_at: Date;
  };
  cash_movements: {
    id: string;
    event_id: string;
    shift_id: string;
    outlet_id: string;
    terminal_id: string;
    kind: string;
    amount: number;
    reason: string;
    at: Date;
    cashier_id: string;
    cashier_name: string;
  };
  day_closings: {
    id: string;
    event_id: string;
    outlet_id: string;
    terminal_id: string;
    business_date: string;
    closed_at: Date;
    closed_by_id: string;
    closed_by_name: string;
    shift_count: number;
    net_sales: number;
    refunds: number;
    expected_cash: number;
    counted: number;
    variance: number;
  };
  enrolment_codes: {
    code_hash: string;
    outlet_id: string;
    created_at: Date;
    expires_at: Date;
    used_at: Date | null;
    terminal_id: string | null;
    replaces_terminal_id: string | null;
  };
  events: {
    id: string;
    terminal_id: string;
    seq: number;
    type: string;
    occurred_at: Date;
    received_at: Date;
    payload: unknown;
    content_hash: string;
    quarantine_reasons: string[] | null;
    shift_id: string | null;
    payload_z: Uint8Array | null;
  };
  opd_compliance_months: {
    month: string;
    minimum: number | null;
  };
  opd_month_compliance: {
    month: string;
    opd: string;
    writer: string;
    asn: number;
    met: number;
    below: number;
  };
  outlet_products: {
    outlet_id: string;
    product_id: string;
    price: number;
  };
  outlet_sales_targets: {
    outlet_id: string;
    monthly_amount: number;
    updated_at: Date;
  };
  outlet_stock_minimums: {
    outlet_id: string;
    product_id: string;
    minimum: number;
    updated_at: Date;
  };
  outlets: {
    id: string;
    name: string;
    kabupaten: string;
    city: string;
    terminal_count: number;
    code_block: number;
  };
  payments: {
    sale_id: string;
    payment_no: number;
    method: string;
    amount: number;
    tendered: number;
    reference: string | null;
  };
  product_prices: {
    product_id: string;
    outlet_id: string;
    price: number | null;
    valid_from: Date;
  };
  products: {
    id: string;
    natural_key: string;
    barcode: string | null;
    plu: string | null;
    name: string;
    price: number;
    sold_by: string;
    supplier_id: number | null;
    category: string;
    unit: string;
    active: boolean;
    updated_at: Date;
    perishable: boolean;
    minimum_stock: number | null;
    tax_status: string;
  };
  proposed_products: {
    id: string;
    outlet_id: string;
    document_id: string;
    barcode: string | null;
    name: string;
    proposed_price: number;
    sold_by: string;
    category: string;
    unit: string;
  };
  purchase_budgets: {
    outlet_id: string;
    month: string;
    amount: number;
    updated_at: Date;
  };
  purchase_order_lines: {
    order_id: string;
    line_no: number;
    product_id: string;
    name: string;
    unit: string;
    sold_by: string;
    kind: string;
    quantity: number;
    unit_cost: number;
    received: number;
  };
  purchase_orders: {
    id: string;
    serial: number;
    outlet_id: string;
    supplier_id: number;
    business_date: string;
    raised_by: string;
    status: string;
    total: number;
    outright: number;
    created_at: Date;
  };
  quarantine_decisions: {
    event_id: string;
    decision: string;
    user_name: string;
    note: string;
    decided_at: Date;
  };
  refund_lines: {
    refund_id: string;
    line_no: number;
    product_id: string;
    name: string;
    category: string;
    supplier: string;
    quantity: number;
    amount: number;
  };
  refund_payments: {
    refund_id: string;
    payment_no: number;
    method: string;
    amount: number;
  };
  refunds: {
    id: string;
    event_id: string;
    receipt_no: string;
    original_sale_id: string;
    outlet_id: string;
    terminal_id: string;
    shift_id: string | null;
    cashier_id: string | null;
    cashier_name: string | null;
    approved_by_id: string | null;
    approved_by_name: string | null;
    refunded_at: Date;
    received_at: Date;
    business_date: string;
    reason: string;
    total: number;
    asn_nip: string | null;
    asn_month: string | null;
    ppn_taxable: number;
    ppn_exempt: number;
    ppn_dpp: number;
    ppn: number;
  };
  rejected_events: {
    id: number;
    terminal_id: string;
    event_id: string;
    seq: number;
    reason: string;
    body: unknown;
    received_at: Date;
  };
  sale_lines: {
    sale_id: string;
    line_no: number;
    product_id: string;
    barcode: string | null;
    name: string;
    supplier: string;
    category: string;
    unit: string;
    quantity: number;
    weight_grams: number | null;
    unit_price: number;
    discount: number;
    total: number;
  };
  sales: {
    id: string;
    event_id: string;
    receipt_no: string;
    outlet_id: string;
    terminal_id: string;
    shift_id: string | null;
    cashier_id: string | null;
    cashier_name: string | null;
    completed_at: Date;
    received_at: Date;
    business_date: string;
    wita_month: string;
    subtotal: number;
    discount: number;
    total: number;
    change: number;
    asn_nip: string | null;
    asn_verified: boolean | null;
    ppn_taxable: number;
    ppn_exempt: number;
    ppn_dpp: number;
    ppn: number;
    npwp: string | null;
  };
  sales_target: {
    singleton: boolean;
    monthly_amount: number;
    updated_at: Date;
  };
  schema_migrations: {
    version: number;
    name: string;
    checksum: string;
    applied_at: Date;
  };
  seq_gaps: {
    terminal_id: string;
    from_seq: number;
    to_seq: number;
  };
  server_identity: {
    singleton: boolean;
    id: string;
    created_at: Date;
    enrolment_key: string;
    asn_key: string;
  };
  settings: {
    outlet_id: string;
    key: string;
    value: unknown;
  };
  shift_closings: {
    shift_id: string;
    event_id: string;
    closed_at: Date;
    closed_by_id: string;
    closed_by_name: string;
    counted: number;
    reported_sale_count: number;
    reported_net_sales: number;
    reported_expected_cash: number;
    reported_variance: number;
    variance_threshold: number;
    variance_reason: string | null;
    approved_by_id: string | null;
    approved_by_name: string | null;
  };
  shift_totals: {
    shift_id: string;
    sale_count: number;
    net_sales: number;
    line_discounts: number;
    sale_discounts: number;
    sales_cash: number;
    sales_qris: number;
    sales_debit: number;
    refund_count: number;
    refunds: number;
    refunds_cash: number;
    pay_in_count: number;
    pay_ins: number;
    pay_out_count: number;
    pay_outs: number;
  };
  shifts: {
    id: string;
    event_id: string;
    outlet_id: string;
    terminal_id: string;
    cashier_id: string;
    cashier_name: string;
    opened_at: Date;
    business_date: string;
    opening_float: number;
  };
  skipped_seqs: {
    terminal_id: string;
    seq: number;
    reason: string;
    skipped_at: Date;
  };
  staff: {
    id: string;
    outlet_id: string;
    name: string;
    role: string;
    pin_hash: string;
    active: boolean;
    created_at: Date;
  };
  stock_batches: {
    document_id: string;
    line_no: number;
    outlet_id: string;
    product_id: string;
    expiry: string | null;
    received: number;
    remaining: number;
    unit_cost: number | null;
    batch_no: number;
  };
  stock_documents: {
    id: string;
    event_id: string;
    kind: string;
    outlet_id: string;
    terminal_id: string;
    business_date: string;
    staff_id: string;
    staff_name: string;
    supplier: string | null;
    delivery_note: string | null;
    total: number | null;
    write_off_reason: string | null;
    category: string | null;
    purchase_order_id: string | null;
  };
  stock_levels: {
    outlet_id: string;
    product_id: string;
    on_hand: number;
  };
  stock_movements: {
    id: number;
    event_id: string;
    outlet_id: string;
    product_id: string;
    reason: string;
    document_id: string;
    line_no: number;
    quantity: number;
    business_date: string;
  };
  stock_transfer_lines: {
    transfer_id: string;
    line_no: number;
    product_id: string;
    name: string | null;
    sent: number | null;
    received: number | null;
    sent_batches: unknown;
  };
  stock_transfers: {
    id: string;
    from_outlet_id: string;
    to_outlet_id: string;
    sent_event_id: string | null;
    sent_at: Date | null;
    sent_date: string | null;
    sent_by_name: string | null;
    received_event_id: string | null;
    received_at: Date | null;
    received_date: string | null;
  };
  stream_changes: {
    stream: string;
    outlet_id: string;
    item_key: string;
    position: number;
  };
  supplier_payouts: {
    id: number;
    supplier_id: number;
    paid_on: string;
    amount: number;
    reference: string;
    recorded_at: Date;
  };
  supplier_permits: {
    supplier_id: number;
    kind: string;
    number: string;
    valid_until: string | null;
  };
  suppliers: {
    id: number;
    name: string;
    owner: string;
    kabupaten: string;
    phone: string;
    nib: string | null;
    bank_name: string | null;
    bank_account: string | null;
    bank_holder: string | null;
    food: boolean;
    updated_at: Date;
  };
  supply_terms: {
    id: number;
    supplier_id: number;
    product_id: string;
    valid_from: string;
    kind: string;
    unit_cost: number | null;
    supplier_price: number | null;
    commission_bp: number | null;
    recorded_at: Date;
  };
  terminal_day_sales: {
    business_date: string;
    terminal_id: string;
    outlet_id: string;
    sale_count: number;
    total: number;
    asn_total: number;
  };
  terminal_month_sales: {
    month: string;
    terminal_id: string;
    outlet_id: string;
    sale_count: number;
    total: number;
    cash: number;
    qris: number;
    debit: number;
  };
  terminal_product_month_sales: {
    month: string;
    terminal_id: string;
    outlet_id: string;
    product_id: string;
    quantity: number;
    total: number;
  };
  terminals: {
    id: string;
    outlet_id: string;
    name: string;
    token_hash: string;
    enrolled_at: Date;
    last_seen_at: Date | null;
    revoked_at: Date | null;
    high_water_seq: number;
    max_seq: number;
    pushed_seq: number;
    app_version: string | null;
  };
}

/** Per table, the columns an insert may leave out: the database fills them (a default, an identity). */
export interface DefaultedColumns {
  admin_tokens: 'created_at';
  asn_monthly_totals: 'updated_at';
  asn_roster: 'updated_at';
  audit_log: never;
  backoffice_audit: 'at';
  backoffice_login_attempts: 'at';
  backoffice_sessions: 'created_at';
  backoffice_users: 'created_at';
  cash_movements: never;
  day_closings: never;
  enrolment_codes: 'created_at';
  events: never;
  opd_compliance_months: never;
  opd_month_compliance: 'asn';
  outlet_products: never;
  outlet_sales_targets: 'updated_at';
  outlet_stock_minimums: 'updated_at';
  outlets: 'terminal_count';
  payments: never;
  product_prices: never;
  products: 'active' | 'updated_at' | 'perishable' | 'tax_status';
  proposed_products: never;
  purchase_budgets: 'updated_at';
  purchase_order_lines: 'received';
  purchase_orders: 'status' | 'created_at';
  quarantine_decisions: 'decided_at';
  refund_lines: never;
  refund_payments: never;
  refunds: 'ppn_taxable' | 'ppn_exempt' | 'ppn_dpp' | 'ppn';
  rejected_events: never;
  sale_lines: never;
  sales: 'ppn_taxable' | 'ppn_exempt' | 'ppn_dpp' | 'ppn';
  sales_target: 'singleton' | 'updated_at';
  schema_migrations: 'applied_at';
  seq_gaps: never;
  server_identity: 'singleton' | 'id' | 'created_at' | 'enrolment_key' | 'asn_key';
  settings: 'outlet_id';
  shift_closings: never;
  shift_totals: never;
  shifts: never;
  skipped_seqs: 'skipped_at';
  staff: 'active' | 'created_at';
  stock_batches: 'batch_no';
  stock_documents: never;
  stock_levels: never;
  stock_movements: never;
  stock_transfer_lines: never;
  stock_transfers: never;
  stream_changes: never;
  supplier_payouts: 'recorded_at';
  supplier_permits: never;
  suppliers: 'owner' | 'kabupaten' | 'phone' | 'food' | 'updated_at';
  supply_terms: 'recorded_at';
  terminal_day_sales: never;
  terminal_month_sales: never;
  terminal_product_month_sales: never;
  terminals: 'enrolled_at' | 'high_water_seq' | 'max_seq' | 'pushed_seq';
}

/** Per table, the columns an insert must leave out: the database always computes them. */
export interface GeneratedColumns {
  admin_tokens: never;
  asn_monthly_totals: never;
  asn_roster: never;
  audit_log: never;
  backoffice_audit: 'id';
  backoffice_login_attempts: 'id';
  backoffice_sessions: never;
  backoffice_users: never;
  cash_movements: never;
  day_closings: never;
  enrolment_codes: never;
  events: never;
  opd_compliance_months: never;
  opd_month_compliance: never;
  outlet_products: never;
  outlet_sales_targets: never;
  outlet_stock_minimums: never;
  outlets: never;
  payments: never;
  product_prices: never;
  products: never;
  proposed_products: never;
  purchase_budgets: never;
  purchase_order_lines: never;
  purchase_orders: 'serial';
  quarantine_decisions: never;
  refund_lines: never;
  refund_payments: never;
  refunds: never;
  rejected_events: 'id';
  sale_lines: never;
  sales: never;
  sales_target: never;
  schema_migrations: never;
  seq_gaps: never;
  server_identity: never;
  settings: never;
  shift_closings: never;
  shift_totals: never;
  shifts: never;
  skipped_seqs: never;
  staff: never;
  stock_batches: never;
  stock_documents: never;
  stock_levels: never;
  stock_movements: 'id';
  stock_transfer_lines: never;
  stock_transfers: never;
  stream_changes: never;
  supplier_payouts: 'id';
  supplier_permits: never;
  suppliers: 'id';
  supply_terms: 'id';
  terminal_day_sales: never;
  terminal_month_sales: never;
  terminal_product_month_sales: never;
  terminals: never;
}
