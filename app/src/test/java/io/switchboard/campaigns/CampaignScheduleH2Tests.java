package io.switchboard.campaigns;

import io.switchboard.testsupport.H2AppTest;

/** {@link CampaignScheduleTests} on the embedded H2 (PostgreSQL mode). */
@H2AppTest
class CampaignScheduleH2Tests extends CampaignScheduleTests {}
