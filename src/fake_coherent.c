/*
 * Row coherence and the neutral vocabulary in the fake module: a person's
 * gender and courtesy title follow the first name, the birth year is the
 * year an email may carry, a row's state is California when the row has a
 * California address (or the pack is TERP's) and any US state otherwise, and in the neutral pack
 * (vocab.h) titles, companies, products, job titles and prose come from
 * neutral word lists instead of the cannabis supply chain.
 */
#include <stdbool.h>
#include <string.h>

#include "seedgen/fake.h"
#include "seedgen/refdata.h"
#include "seedgen/vocab.h"
#include "fake_data.h"
#include "fake_int.h"

char sg_fake_gender(struct sg_fake_row *row)
{
	char g = sg_ref_first_name_gender(fk_first_name(fk_row_person(row)));

	return g ? g : 'F';
}

int sg_fake_birth_year(struct sg_fake_row *row)
{
	const struct sg_fake_person *p = fk_row_person(row);

	/* the year an email may carry (maria1987@...), else one drawn from
	 * the person without a new draw, so that other rows stay the same */
	if (p->num >= 1900)
		return p->num;
	return 1950 + (int)((p->first * 31u + p->last * 17u + p->num) % 55u);
}

/* Index of the row's state in sg_ref_states: California when the row has
 * (or will have) a California address, else any state, once per row. */
static size_t row_state(struct sg_fake_row *row)
{
	if (!(row->have & HAVE_STATE)) {
		if ((row->plan & PLAN_PLACE) || (row->have & HAVE_ADDR) ||
		    sg_vocab_current() == SG_PACK_CANNABIS)
			row->state = (uint8_t)(sg_ref_state_by_abbr("CA") - sg_ref_states);
		else
			row->state = (uint8_t)fk_below(row->r, (uint32_t)sg_ref_nstates);
		row->have |= HAVE_STATE;
	}
	return row->state;
}

static bool neutral(struct sg_fake_row *row, enum sg_fake_kind kind, struct sg_buf *o)
{
	struct sg_rand *r = row->r;
	struct sg_fake_company tmp;

	switch (kind) {
	case SG_FAKE_TITLE:
	case SG_FAKE_TASK_TITLE:
		sg_vocab_add(r, SG_VL_TITLE, o);
		return true;
	case SG_FAKE_COMPANY:
	case SG_FAKE_COMPANY_DISPENSARY:
	case SG_FAKE_COMPANY_FARM:
	case SG_FAKE_COMPANY_DISTRIBUTOR:
	case SG_FAKE_COMPANY_LAB:
	case SG_FAKE_COMPANY_MANUFACTURER:
		/* the row company: its name, email domain and URL agree */
		fk_company_name(fk_row_company(row, -1, &tmp), o);
		return true;
	case SG_FAKE_BRAND:
		sg_vocab_add(r, SG_VL_COMPANY, o);
		return true;
	case SG_FAKE_PRODUCT_NAME:
	case SG_FAKE_STRAIN:
		sg_vocab_add(r, SG_VL_PRODUCT, o);
		return true;
	case SG_FAKE_CATEGORY:
	case SG_FAKE_SUBCATEGORY:
	case SG_FAKE_STRAIN_TYPE:
		sg_vocab_add(r, SG_VL_CATEGORY, o);
		return true;
	case SG_FAKE_JOB_TITLE:
		sg_vocab_add(r, SG_VL_JOB_TITLE, o);
		return true;
	case SG_FAKE_SENTENCE:
	case SG_FAKE_NOTES:
	case SG_FAKE_DESCRIPTION:
	case SG_FAKE_COMMENT:
	case SG_FAKE_PRODUCT_DESCRIPTION:
		sg_vocab_add(r, SG_VL_SENTENCE, o);
		return true;
	default:
		return false;
	}
}

bool fk_value_coherent(struct sg_fake_row *row, enum sg_fake_kind kind, struct sg_buf *o)
{
	char g;

	switch (kind) {
	case SG_FAKE_GENDER:
		fk_put(o, sg_fake_gender(row) == 'F' ? "F" : "M");
		return true;
	case SG_FAKE_COURTESY:
		g = sg_fake_gender(row);
		fk_put(o, g == 'M' ? "Mr." : sg_rand_chance(row->r, 0.6) ? "Ms." : "Mrs.");
		return true;
	case SG_FAKE_STATE:
		fk_put(o, sg_ref_states[row_state(row)].abbr);
		return true;
	case SG_FAKE_STATE_NAME:
		fk_put(o, sg_ref_states[row_state(row)].name);
		return true;
	default:
		break;
	}
	return sg_vocab_current() == SG_PACK_NEUTRAL && neutral(row, kind, o);
}
