package io.lexroute.locator.api;

import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.StorageLocation;
import io.lexroute.contracts.TargetType;
import io.lexroute.locator.domain.Account;
import io.lexroute.locator.domain.Identifier;
import io.lexroute.locator.domain.Location;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What a provider PUTs for one account: how orders may name it, and where each category of its data is stored. */
public record AccountBody(
        @NotEmpty @Size(max = 100) List<@NotNull @Valid IdentifierBody> identifiers,
        @NotNull @Size(max = 500) List<@NotNull @Valid LocationBody> locations) {

    @PhoneNumberValue
    public record IdentifierBody(
            @NotNull @EnumName(TargetType.class) String type,
            @NotBlankText @Size(max = 320) @NoNulCharacter @NoUnpairedSurrogate String value) {
    }

    public record LocationBody(
            @NotNull @EnumName(DataCategory.class) String dataCategory,
            @NotNull @CountryCode String country,
            @NotBlankText @Size(max = 100) @NoNulCharacter @NoUnpairedSurrogate String site,
            @NotBlankText @Size(max = 200) @NoNulCharacter @NoUnpairedSurrogate String custodian,
            @NotNull @EnumName(StorageLocation.Role.class) String role) {
    }

    /** Call only once the body is valid. */
    public Account toAccount(String provider, String accountId) {
        return new Account(provider, accountId,
                identifiers.stream()
                        .map(identifier -> new Identifier(TargetType.valueOf(identifier.type()), identifier.value()))
                        .toList(),
                locations.stream()
                        .map(location -> new Location(DataCategory.valueOf(location.dataCategory()),
                                location.country(), location.site(), location.custodian(),
                                StorageLocation.Role.valueOf(location.role())))
                        .toList());
    }
}
