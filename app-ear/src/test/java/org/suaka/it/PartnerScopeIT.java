package org.suaka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo partner user of IOM Kupang sees what IOM's data-sharing scope grants (identity, family,
 * shelter, referrals) and nothing else: no supervision dates, no reports, no audit trail, no writes.
 */
@ExtendWith(ArquillianExtension.class)
class PartnerScopeIT extends SuakaDeployment {

    private final SuakaClient iom = SuakaClient.as("iom", "iom-demo");

    @Test
    void iomSeesIdentityFamilyAndShelterButNotSupervision() {
        JsonObject first = SuakaClient.json(iom.get("/api/v1/persons?limit=1")).getJsonArray("items").getJsonObject(0);
        String id = first.getString("id");
        JsonObject asStaff = SuakaClient.json(SuakaClient.officer().get("/api/v1/persons/" + id));
        JsonObject asIom = SuakaClient.json(iom.get("/api/v1/persons/" + id));

        assertEquals(asStaff.getString("givenName"), asIom.getString("givenName"));
        assertEquals(asStaff.getString("unhcrCaseNumber"), asIom.getString("unhcrCaseNumber"));
        assertTrue(asStaff.containsKey("supervisedFrom"));
        assertFalse(asIom.containsKey("supervisedFrom"), asIom.toString());
        assertEquals(200, iom.get("/api/v1/shelters/occupancy?date=2024-09-30").statusCode());
    }

    @Test
    void iomCannotWriteNorReadReportsAuditOrVisits() {
        assertEquals(403, iom.postJson("/api/v1/shelters", "{\"name\": \"Hotel IOM\", \"city\": \"Kupang\", \"capacity\": 2}")
                .statusCode());
        assertEquals(403, iom.getBytes("/api/v1/reports/monthly-statistics?month=2024-09").statusCode());
        assertEquals(403, iom.get("/api/v1/audit").statusCode());
        assertEquals(403, iom.get("/api/v1/partners").statusCode());
    }
}
