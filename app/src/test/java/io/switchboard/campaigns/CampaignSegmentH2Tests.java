package io.switchboard.campaigns;

import io.switchboard.testsupport.H2AppTest;

/** {@link CampaignSegmentTests} on the embedded H2 (PostgreSQL mode). */
@H2AppTest
class CampaignSegmentH2Tests extends CampaignSegmentTests {}
