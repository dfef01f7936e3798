/**
 * OpenSanctions' FollowTheMoney (FtM) entities as JSON lines: {@link
 * org.sanctionsengine.lists.ftm.FtmJsonReader} reads them (Person, Organization, Company,
 * LegalEntity, Vessel, Airplane; programs joined from Sanction entities), {@link
 * org.sanctionsengine.lists.ftm.FtmWriter} writes any entity of the engine as FtM for {@code
 * sanctions lists export}.
 */
@NullMarked
package org.sanctionsengine.lists.ftm;

import org.jspecify.annotations.NullMarked;
