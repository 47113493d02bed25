/*
 * The prose data behind the fake module (see fake_data.h): title, task,
 * note, description and reason templates, and comment templates by
 * topic. Templates use {slot} placeholders that fake_text.c fills.
 */
#include "fake_data.h"

/* ---- text templates ----------------------------------------------------- */

const fk_str fk_titles[] = {
	"{month} Inventory Count", "{quarter} Compliance Review", "{city} Delivery Route",
	"Weekly Sales Summary", "Vendor Onboarding Checklist", "{strain} Launch Plan",
	"{month} Price Sheet", "Vault Audit: {month}", "{quarter} Excise Tax Worksheet",
	"New Client Intake", "{month} Harvest Schedule", "Fleet Maintenance Log",
	"{county} County Permit Renewal", "Label Review: {strain}", "Wholesale Menu",
	"{month} Promotions", "Receiving SOP", "COA Tracker", "{weekday} Route Plan",
	"Credit Review Queue", "{category} Reorder List", "Trade Show Prep",
	"{quarter} Sales Targets", "Sample Requests", "Returns Log",
};
FK_DEFINE_N(fk_titles);

const fk_str fk_task_titles[] = {
	"Reconcile {month} invoices for {client}",
	"Call {farm} about the {lbs} lb {strain} shortfall",
	"Schedule COA testing for batch {batch}",
	"Follow up on overdue invoice #{invoice}",
	"Send {month} price sheet to {dispensary}",
	"Renew {county} County cultivation permit",
	"Count vault inventory before {weekday}",
	"Confirm pickup with {distributor} for {po}",
	"Update menu photos for {product}",
	"Book {lab} for a {strain} retest",
	"Review credit limit for {client}",
	"Prepare {quarter} excise tax filing",
	"Fix label copy on batch {batch}",
	"Onboard new buyer at {dispensary}",
	"Collect W-9 from {vendor}",
	"Audit Metrc tags for {month}",
	"Plan {city} delivery route for {weekday}",
	"Approve {po} for {vendor}",
	"Record waste destruction for {month}",
	"Chase signed manifest {manifest}",
	"Restock {category} display in the showroom",
	"Quote {units} units of {product} for {dispensary}",
	"Train {first} on the new intake process",
	"Reprice slow-moving {category} SKUs",
	"Match vendor bill to {po}",
	"Set up sample drop for {dispensary}",
	"Close out {month} books",
	"Call {first} back about order {order}",
	"Verify license for {company} before first order",
	"Investigate {units}-unit variance on {product}",
	"Send thank-you note to {person}",
	"Pull {strain} from the menu until batch {batch} clears",
	"Get insurance certificate from {distributor}",
	"Reschedule {weekday} delivery for {dispensary}",
};
FK_DEFINE_N(fk_task_titles);

const fk_str fk_notes[] = {
	"Prefers deliveries before {time}; loading dock is around the back.",
	"Net {terms} terms approved by {first} in {month}.",
	"Buyer is {person}; best reached by text.",
	"Closed on {weekday}s. Receiving hours are 10am to 4pm.",
	"Requires a copy of the COA with every delivery.",
	"Pays by ACH; remittance goes to the AP inbox.",
	"Ask for {first} at the front desk; security checks IDs at the gate.",
	"Carries mostly {category}; interested in adding {strain}.",
	"Account reopened in {month} after the ownership change.",
	"Do not send samples without approval from {first}.",
	"Credit hold lifted after the {month} payment of {amount}.",
	"Receiving window is 9am to 11am only.",
	"Located in {city}; parking is limited, use the side entrance.",
	"Orders usually come in on {weekday}s.",
	"Wants invoices split by store location.",
	"Sungrown supplier; harvest usually lands in {month}.",
	"Prefers {distributor} for transport.",
	"Charge excise tax on every order; no exemptions on file.",
	"License on file expires in {month}; reminder set.",
	"Introduced by {person} at the {city} trade show.",
	"Minimum order is {cases} cases.",
	"Keep pricing at the {month} tier until further notice.",
	"Cash on delivery until three orders are paid on time.",
	"Send the weekly menu every {weekday} morning.",
};
FK_DEFINE_N(fk_notes);

const fk_str fk_descriptions[] = {
	"Wholesale account for a {category}-focused retailer in {city}.",
	"Standard delivery route covering {city} and nearby stores.",
	"Quarterly review of pricing, credit terms and order volume.",
	"Intake checklist for new product from {vendor}.",
	"Tracks {category} inventory across the vault and showroom.",
	"Used for samples sent to buyers and testing labs.",
	"Discount tier for accounts ordering more than {cases} cases a month.",
	"Process for receiving, weighing and tagging incoming flower.",
	"Price sheet shared with dispensaries in {county} County.",
	"Covers excise tax, cultivation tax and local fees for {quarter}.",
	"Workflow for returns of damaged or mislabeled product.",
	"Weekly count of pre-rolls, vapes and edibles on hand.",
	"Shared calendar for deliveries, pickups and lab drop-offs.",
	"Template for purchase orders to licensed cultivators.",
	"Contact list for buyers at partner dispensaries.",
	"Storage area for finished goods awaiting transport.",
	"Tracks COA results and retests by batch.",
	"Reminders for license renewals and permit deadlines.",
	"Rules for applying promotional pricing to slow-moving SKUs.",
	"Notes from the {month} planning meeting with the sales team.",
	"Default settings for new wholesale clients.",
	"Daily summary of orders, deliveries and payments.",
};
FK_DEFINE_N(fk_descriptions);

const fk_str fk_description_tails[] = {
	"Reviewed every quarter.", "Owned by the operations team.",
	"Updated by {first} in {month}.", "Applies to all California locations.",
	"Ask {first} before making changes.", "Replaces the old spreadsheet.",
	"Synced with Metrc nightly.",
};
FK_DEFINE_N(fk_description_tails);

/* {strain}, {brand}, {subcat}, {category} refer to the row's product. */
const fk_str fk_product_descriptions[] = {
	"{strain} with dense, frosty buds and notes of {aroma} and {aroma2}.",
	"{effect} {strain} cut, hand-trimmed and slow-cured for two weeks.",
	"Tests around {thc} THC. Terpene-forward with {aroma} on the nose.",
	"Sun-grown in {county} County. Smooth smoke with a {aroma} finish.",
	"Small-batch {strain} from {farm}.",
	"Known for {effect} effects; a customer favorite for evenings.",
	"Made with single-source {strain} and no added flavors.",
	"Lab-tested for potency and purity; see the COA for details.",
	"{brand}'s take on {strain}: {aroma}, {aroma2} and a {effect} finish.",
	"Classic {strain} genetics, grown by {farm}.",
	"{subcat} {category} from {brand}, packed in child-resistant packaging.",
	"Bright {aroma} flavor with a {effect} body feel.",
	"Our best-selling {category}, restocked weekly.",
	"Limited harvest: {strain} from the {month} crop.",
	"Consistent dosing in every piece; start low and go slow.",
};
FK_DEFINE_N(fk_product_descriptions);

const fk_str fk_reasons[] = {
	"Damaged in transit", "Client requested a smaller quantity", "Failed COA retest",
	"Pricing error on the original invoice", "Duplicate entry", "Wrong strain delivered",
	"Expired product", "Packaging defect", "Client closed the account",
	"Label did not match the COA", "Out of stock", "Weight variance on receipt",
	"Nobody at receiving for the delivery", "Credit terms exceeded", "Vendor could not fulfill",
	"Quality below spec", "Late delivery", "Moisture content too high",
	"Recall by the manufacturer", "Sample for testing", "Promotional discount",
	"Manager override for a long-time client", "Data entry correction",
	"License suspended", "Returned by client",
};
FK_DEFINE_N(fk_reasons);

/* ---- comments by topic -------------------------------------------------- */

static const char *const c_order[] = {
	"Client asked to push delivery to {weekday}; confirmed with dispatch.",
	"Order {order} is short {units} units of {product}; offered a substitute.",
	"Customer added {cases} cases of {strain} pre-rolls before pick.",
	"Split order {order} into two deliveries because {product} is back-ordered.",
	"Pricing on order {order} matches the {month} sheet; approved by {first}.",
	"Rush order for {dispensary}: needs to go out on the {weekday} route.",
	"Packed and sealed order {order}; manifest {manifest} printed.",
	"{first} confirmed the drop-off window with {dispensary} for {time}.",
	"Order {order} canceled by the client; released {units} units back to inventory.",
};
static const char *const c_client[] = {
	"Spoke with {person} at {dispensary}; they want {strain} restocked every two weeks.",
	"Client is asking for net {terms} terms; waiting on credit review.",
	"{dispensary} has a new buyer, {person}; updated the contact info.",
	"Visited the store in {city} on {weekday}; shelf placement looks good.",
	"Client prefers text over email for delivery updates.",
	"Credit limit raised to {amount} after six months of on-time payments.",
	"Account on hold until the past-due balance is paid down.",
	"Sent {dispensary} the {month} menu and price sheet.",
};
static const char *const c_batch[] = {
	"Batch {batch} COA came back clean, releasing to inventory.",
	"Batch {batch} tested at {thc} THC; updating the label copy.",
	"Batch {batch} failed microbials on first pass; sent for retest at {lab}.",
	"Moved batch {batch} to the vault; {lbs} lb on hand after trim.",
	"Samples for batch {batch} picked up by {lab} on {weekday}.",
	"Moisture on batch {batch} is high; holding for another {days} days of cure.",
	"Relabeled batch {batch} after the weight recheck came in light.",
};
static const char *const c_invoice[] = {
	"Invoice #{invoice} paid in full by {client}.",
	"Partial payment of {amount} received on invoice #{invoice}; balance due in {days} days.",
	"Invoice #{invoice} disputed: client says {units} units were missing on arrival.",
	"Resent invoice #{invoice} to the AP contact at {client}.",
	"Applied a {percent} early-payment discount to invoice #{invoice}.",
	"Invoice #{invoice} is {days} days past due; second reminder sent.",
	"Voided invoice #{invoice} and reissued with the corrected excise tax.",
};
static const char *const c_product[] = {
	"Updated {product} photos and menu copy for the {month} drop.",
	"{product} is selling through in about {days} days at most stores.",
	"Price on {product} lowered {percent} to match the market.",
	"Packaging for {product} needs the new universal symbol before {month}.",
	"Customers are asking for {strain} in a larger size.",
	"Marked {product} as seasonal; next harvest lands in {month}.",
};
static const char *const c_po[] = {
	"{po} sent to {farm} for {lbs} lb of {strain}.",
	"{farm} confirmed {po}; pickup scheduled for {weekday}.",
	"{po} received short by {lbs} lb; vendor issuing a credit.",
	"Negotiated {strain} down to {amount} per pound on {po}.",
	"{po} on hold until {farm} sends the updated license.",
	"Received {po} in full and matched it to the vendor bill.",
};
static const char *const c_delivery[] = {
	"Driver reported a locked gate at {dispensary}; rescheduled for {weekday}.",
	"Delivery to {city} delayed by traffic on the 101; client notified.",
	"Manifest {manifest} signed by {person} at receiving.",
	"Van temperature log checked before the {city} run; all good.",
	"Route changed to hit {city} first because of the {time} receiving window.",
};
static const char *const c_inventory[] = {
	"Cycle count found {units} extra units of {product}; adjusted on hand.",
	"Moved {cases} cases of {category} to the front shelves for picking.",
	"{product} is below the reorder point; flagged to purchasing.",
	"Wrote off {units} units of {product} for damaged packaging.",
	"Quarantined {units} units pending a label fix.",
};
static const char *const c_compliance[] = {
	"Uploaded the renewed {county} County permit to the license folder.",
	"Metrc package tags reconciled for {month}; no discrepancies.",
	"Waste log for {month} signed off by {first}.",
	"License for {company} expires in {days} days; renewal filed.",
	"Track-and-trace manifest {manifest} matched to the physical count.",
};
static const char *const c_general[] = {
	"Following up with {first} on {weekday}.",
	"Looped in {first} from accounting on this.",
	"Noted; will revisit at the {month} review.",
	"Discussed in the {weekday} ops meeting; no action needed for now.",
};

#define TL(a) { a, FK_COUNT(a) }
const struct fk_template_list fk_comments[FK_TOPICS] = {
	[FK_T_ORDER] = TL(c_order), [FK_T_CLIENT] = TL(c_client),
	[FK_T_BATCH] = TL(c_batch), [FK_T_INVOICE] = TL(c_invoice),
	[FK_T_PRODUCT] = TL(c_product), [FK_T_PO] = TL(c_po),
	[FK_T_DELIVERY] = TL(c_delivery), [FK_T_INVENTORY] = TL(c_inventory),
	[FK_T_COMPLIANCE] = TL(c_compliance), [FK_T_GENERAL] = TL(c_general),
};
