package io.switchboard.campaigns;

import io.switchboard.testsupport.PostgresAppTest;

/** {@link CampaignSegmentTests} on PostgreSQL. */
@PostgresAppTest
class CampaignSegmentPostgresTests extends CampaignSegmentTests {}
