package io.lexroute.locator.api;

import io.lexroute.contracts.EuAddressee;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a provider PUTs as its addressee of orders in the Union: the establishment it designated, or the legal
 * representative it appointed, in a Member State.
 */
public record AddresseeBody(
        @NotNull @EnumName(EuAddressee.Kind.class) String kind,
        @NotNull @MemberState String country,
        @NotBlankText @Size(max = 200) @NoNulCharacter @NoUnpairedSurrogate String name) {

    /** Call only once the body is valid. */
    public EuAddressee toAddressee() {
        return new EuAddressee(EuAddressee.Kind.valueOf(kind), country, name);
    }
}
