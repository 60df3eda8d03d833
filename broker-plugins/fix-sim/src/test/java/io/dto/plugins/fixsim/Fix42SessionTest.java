package io.dto.plugins.fixsim;

import org.junit.jupiter.api.DisplayName;

@DisplayName("fix-sim over a FIX.4.2 session")
class Fix42SessionTest extends VenueSessionContract {

    @Override
    String beginString() {
        return "FIX.4.2";
    }
}
