// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// PlasmaChainConfig is an auto generated low-level Go binding around an user-defined struct.
type PlasmaChainConfig struct {
	Operator        common.Address
	ChallengePeriod uint64
	ExitBond        *big.Int
	ChallengeReward *big.Int
	MinRequestBond  *big.Int
	AnswerGas       uint64
	ResponseWindow  uint64
	RequestMaxAge   uint64
	MaxCommitGap    uint64
	OpsTimeout      uint64
	MaxSealLag      uint64
	OpsRing         uint64
}

// PlasmaChainHeader is an auto generated low-level Go binding around an user-defined struct.
type PlasmaChainHeader struct {
	Number    uint64
	StateRoot [32]byte
	TxRoot    [32]byte
	OpsCursor uint64
	OpsHash   [32]byte
	Timestamp uint64
}

// PlasmaChainLeaf is an auto generated low-level Go binding around an user-defined struct.
type PlasmaChainLeaf struct {
	Balance *big.Int
	Nonce   uint64
	Spent   *big.Int
}

// PlasmaChainTransfer is an auto generated low-level Go binding around an user-defined struct.
type PlasmaChainTransfer struct {
	From     common.Address
	To       common.Address
	Token    common.Address
	Amount   *big.Int
	Nonce    uint64
	Fee      *big.Int
	Spent    *big.Int
	Deadline uint64
}

// IAVLVerifierHarnessMetaData contains all meta data concerning the IAVLVerifierHarness contract.
var IAVLVerifierHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"key\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"value\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"verify\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"key\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"left\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"right\",\"type\":\"bytes\"}],\"name\":\"verifyAbsent\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"roots\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes[]\",\"name\":\"keys\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes[]\",\"name\":\"lefts\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes[]\",\"name\":\"rights\",\"type\":\"bytes[]\"}],\"name\":\"verifyAbsentBatch\",\"outputs\":[{\"internalType\":\"bool[]\",\"name\":\"out\",\"type\":\"bool[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"key\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"verifyAbsentEncoded\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"key\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"left\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"right\",\"type\":\"bytes\"}],\"name\":\"verifyAbsentGas\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"gasUsed\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"roots\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes[]\",\"name\":\"keys\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes[]\",\"name\":\"values\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes[]\",\"name\":\"proofs\",\"type\":\"bytes[]\"}],\"name\":\"verifyBatch\",\"outputs\":[{\"internalType\":\"bool[]\",\"name\":\"out\",\"type\":\"bool[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"key\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"value\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"verifyGas\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"gasUsed\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "25b94821885bf638a440eab526419c5d4e",
	Bin: "0x6080604052348015600e575f5ffd5b506113638061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061007a575f3560e01c8063a90e34b011610058578063a90e34b0146100dd578063c658da5114610107578063c8724c8a1461011a578063ccd0300d1461012d575f5ffd5b80630ba289221461007e578063101d34ee146100a7578063274547a5146100ca575b5f5ffd5b61009161008c366004610fba565b610140565b60405161009e9190611084565b60405180910390f35b6100ba6100b5366004611165565b6102f4565b604051901515815260200161009e565b6100ba6100d83660046111fa565b61030c565b6100f06100eb366004611165565b610318565b60408051921515835260208301919091520161009e565b6100ba610115366004611165565b610343565b6100f0610128366004611165565b610350565b61009161013b366004610fba565b610362565b6060876001600160401b0381111561015a5761015a6110c8565b604051908082528060200260200182016040528015610183578160200160208202803683370190505b5090505f5b888110156102e7576102bd8a8a838181106101a5576101a5611265565b905060200201358989848181106101be576101be611265565b90506020028101906101d09190611279565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508b92508a915086905081811061021857610218611265565b905060200281019061022a9190611279565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a925089915087905081811061027257610272611265565b90506020028101906102849190611279565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061050992505050565b8282815181106102cf576102cf611265565b91151560209283029190910190910152600101610188565b5098975050505050505050565b5f61030185858585610509565b90505b949350505050565b5f610304848484610618565b5f5f5f5a905061032a8787878761063f565b92505a61033790826112cf565b91505094509492505050565b5f6103018585858561063f565b5f5f5f5a905061032a87878787610509565b6060876001600160401b0381111561037c5761037c6110c8565b6040519080825280602002602001820160405280156103a5578160200160208202803683370190505b5090505f5b888110156102e7576104df8a8a838181106103c7576103c7611265565b905060200201358989848181106103e0576103e0611265565b90506020028101906103f29190611279565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508b92508a915086905081811061043a5761043a611265565b905060200281019061044c9190611279565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a925089915087905081811061049457610494611265565b90506020028101906104a69190611279565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061063f92505050565b8282815181106104f1576104f1611265565b911515602092830291909101909101526001016103aa565b5f82515f14801561051957508151155b1561054757507fe3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b8558414610304565b60608084515f1461058d5760605f61055f8988610667565b955092509050801580610579575061057782896106bf565b155b1561058a575f945050505050610304565b50505b8351156105cf5760605f6105a18987610667565b9450925090508015806105bb57506105b988836106bf565b155b156105cc575f945050505050610304565b50505b83515f036105ee576105e5825f84516001610735565b92505050610304565b84515f03610603576105e5815f83515f610735565b61060d8282610778565b979650505050505050565b5f5f5f5f6106258561086f565b92509250925082801561060d575061060d87878484610509565b5f5f5f61064e8686865f6108a4565b509150915081801561060d575090951495945050505050565b5f60608060608061067786610971565b9297509095509250905084610690575f945050506106b8565b5f61069e85848460016108a4565b91975090945090508580156106b257508781145b95505050505b9250925092565b5f8251825181808210156106d05750805b81831093505f92505b8083101561072c5782602087010151915082602086010151838203602081101561070f57600860208290030293841c939190911c905b50808314610720578210935061072c565b506020830192506106d9565b50505092915050565b6001835b8381101561076f576001810160051b8601518381515f1a6001018201515f1a14610766575f92505061076f565b50600101610739565b50949350505050565b815181515f91905b5f81115f831116156107d9578160051b8501518160051b85015181515f1a601e036008026020820151811c6020840151821c148251845114166107c5575050506107d9565b505050600182039150600181039050610780565b8115806107e4575080155b156107f3575f92505050610869565b6107fc826112e2565b9150610807816112e2565b905061081f85836108198160016112f7565b5f610735565b801561083d575061083d84826108368160016112f7565b6001610735565b80156108515750610851855f846001610735565b80156108645750610864845f835f610735565b925050505b92915050565b5f6060805f5f6108808660026109ae565b509196509250905084610897575f9450505061089d565b90925090505b9193909250565b5f5f6060805f6108b5898989610aaf565b92975090955092509050846108d257505f93508392506109679050565b865187016020015f871561093d5760256108ec84846112cf565b6108f6919061130a565b6001600160401b0381111561090d5761090d6110c8565b604051908082528060200260200182016040528015610936578160200160208202803683370190505b5094508490505b602084015f61094f8883878787610ccf565b919a50985090508915610960578087525b5050505050505b9450945094915050565b5f60608060605f5f5f6109858860036109ae565b929950909450925090508661099f575f96505050506109a7565b919450925090505b9193509193565b5f5f5f5f855160208701602087028083101596505f5b888110881615610a9757602081028301518281146109e5575f985050610a97565b846020820111156109f9575f985050610a97565b6020810185038185015181811115610a16575f9a50505050610a97565b601f8101601f191682811115610a32575f9b5050505050610a97565b601f821692508215610a5a57808488010151836008021b15610a5a575f9b5050505050610a97565b848015610a735760018114610a7d578488019950610a83565b8488019b50610a83565b8488019a505b5092909201602001935050506001016109c4565b50828114610aa3575f96505b50505092959194509250565b5f5f60605f86515f1480610ac257508551155b80610acc57508451155b15610ade57505f925082915081610cc6565b50602084015160218501805190915f90811a91901a811580610b0c575060018751610b0991906112cf565b82115b80610b1657508015155b15610b2c57505f9450849350839150610cc69050565b5f610b4084610b3b85826112f7565b610cfa565b9150610b4e905083856112f7565b8114610b6657505f9550859450849250610cc6915050565b50508751610b759060606112f7565b6001600160401b03811115610b8c57610b8c6110c8565b6040519080825280601f01601f191660200182016040528015610bb6576020820181803683370190505b5092505f600288604051610bca9190611329565b602060405180830381855afa158015610be5573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190610c08919061133f565b90508851602085018385825e838101825b607f811115610c3a576080607f82161782536001919091019060071c610c19565b808253506001018260208d01825e8201602081536001810184905203602101855250604051600290610c6d908690611329565b602060405180830381855afa158015610c88573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190610cab919061133f565b945060018585610cbb85876112f7565b955095509550955050505b93509350935093565b5f8080610da880610ce78a8a8a8a8a63ffffffff8716565b9450945094505050955095509592505050565b5f82815b6003811015610da0575f5f5b858410610d19575f9350610d7f565b83515f1a60018501945060018111600983141615610d3a575f945050610d7f565b607f8116826007021b831792506001820191506080811015610d79578015600183111615610d66575f94505b6001831615610d73575f94505b50610d7f565b50610d0a565b5082610d8b5750610da0565b81610d97578060011c93505b50600101610cfe565b509250929050565b60015f807f80808080808080808080808080808080808080808080808080808080808080807f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f845b87891015610f635788515f1a8989036022820111600b821160038310171760018b01515f19836008021c1980878319161660018103811660018103811690506001810381168115178517945050607f83600187031a1184179350818160081c600160ff1b171691508160071c831684179350878788851601168219811983161685179450505050805f1a607f811115610eba57505f805b600a811015610eb85782811a607f8116826007021b831792506080811015610eaf5750610eb8565b50600101610e87565b505b848160011c10831792505080831a60018111831792508215610ee2575f995050505050610f63565b6001880197508a15610ef7578c8860051b8c01525b908d528b830160020151838e0192509060208353808015610f23578260018501528f6022850152610f30565b8f60018501528260228501525b505050602060218201535060205f604283018d60025afa610f4f575f5ffd5b5f519b509890980160220197600101610df0565b5093999197509095505050505050565b5f5f83601f840112610f83575f5ffd5b5081356001600160401b03811115610f99575f5ffd5b6020830191508360208260051b8501011115610fb3575f5ffd5b9250929050565b5f5f5f5f5f5f5f5f6080898b031215610fd1575f5ffd5b88356001600160401b03811115610fe6575f5ffd5b610ff28b828c01610f73565b90995097505060208901356001600160401b03811115611010575f5ffd5b61101c8b828c01610f73565b90975095505060408901356001600160401b0381111561103a575f5ffd5b6110468b828c01610f73565b90955093505060608901356001600160401b03811115611064575f5ffd5b6110708b828c01610f73565b999c989b5096995094979396929594505050565b602080825282518282018190525f918401906040840190835b818110156110bd578351151583526020938401939092019160010161109d565b509095945050505050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f8301126110eb575f5ffd5b81356001600160401b03811115611104576111046110c8565b604051601f8201601f19908116603f011681016001600160401b0381118282101715611132576111326110c8565b604052818152838201602001851015611149575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f5f5f60808587031215611178575f5ffd5b8435935060208501356001600160401b03811115611194575f5ffd5b6111a0878288016110dc565b93505060408501356001600160401b038111156111bb575f5ffd5b6111c7878288016110dc565b92505060608501356001600160401b038111156111e2575f5ffd5b6111ee878288016110dc565b91505092959194509250565b5f5f5f6060848603121561120c575f5ffd5b8335925060208401356001600160401b03811115611228575f5ffd5b611234868287016110dc565b92505060408401356001600160401b0381111561124f575f5ffd5b61125b868287016110dc565b9150509250925092565b634e487b7160e01b5f52603260045260245ffd5b5f5f8335601e1984360301811261128e575f5ffd5b8301803591506001600160401b038211156112a7575f5ffd5b602001915036819003821315610fb3575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b81810381811115610869576108696112bb565b5f816112f0576112f06112bb565b505f190190565b80820180821115610869576108696112bb565b5f8261132457634e487b7160e01b5f52601260045260245ffd5b500490565b5f82518060208501845e5f920191825250919050565b5f6020828403121561134f575f5ffd5b505191905056fea164736f6c634300081e000a",
}

// IAVLVerifierHarness is an auto generated Go binding around an Ethereum contract.
type IAVLVerifierHarness struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IAVLVerifierHarness) GetABI() abi.ABI {
	return c.abi
}

// NewIAVLVerifierHarness creates a new instance of IAVLVerifierHarness.
func NewIAVLVerifierHarness() *IAVLVerifierHarness {
	parsed, err := IAVLVerifierHarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IAVLVerifierHarness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IAVLVerifierHarness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc658da51.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verify(bytes32 root, bytes key, bytes value, bytes proof) pure returns(bool)
func (iAVLVerifierHarness *IAVLVerifierHarness) PackVerify(root [32]byte, key []byte, value []byte, proof []byte) []byte {
	enc, err := iAVLVerifierHarness.abi.Pack("verify", root, key, value, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc658da51.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verify(bytes32 root, bytes key, bytes value, bytes proof) pure returns(bool)
func (iAVLVerifierHarness *IAVLVerifierHarness) TryPackVerify(root [32]byte, key []byte, value []byte, proof []byte) ([]byte, error) {
	return iAVLVerifierHarness.abi.Pack("verify", root, key, value, proof)
}

// UnpackVerify is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc658da51.
//
// Solidity: function verify(bytes32 root, bytes key, bytes value, bytes proof) pure returns(bool)
func (iAVLVerifierHarness *IAVLVerifierHarness) UnpackVerify(data []byte) (bool, error) {
	out, err := iAVLVerifierHarness.abi.Unpack("verify", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackVerifyAbsent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x101d34ee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyAbsent(bytes32 root, bytes key, bytes left, bytes right) pure returns(bool)
func (iAVLVerifierHarness *IAVLVerifierHarness) PackVerifyAbsent(root [32]byte, key []byte, left []byte, right []byte) []byte {
	enc, err := iAVLVerifierHarness.abi.Pack("verifyAbsent", root, key, left, right)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyAbsent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x101d34ee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyAbsent(bytes32 root, bytes key, bytes left, bytes right) pure returns(bool)
func (iAVLVerifierHarness *IAVLVerifierHarness) TryPackVerifyAbsent(root [32]byte, key []byte, left []byte, right []byte) ([]byte, error) {
	return iAVLVerifierHarness.abi.Pack("verifyAbsent", root, key, left, right)
}

// UnpackVerifyAbsent is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x101d34ee.
//
// Solidity: function verifyAbsent(bytes32 root, bytes key, bytes left, bytes right) pure returns(bool)
func (iAVLVerifierHarness *IAVLVerifierHarness) UnpackVerifyAbsent(data []byte) (bool, error) {
	out, err := iAVLVerifierHarness.abi.Unpack("verifyAbsent", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackVerifyAbsentBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ba28922.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyAbsentBatch(bytes32[] roots, bytes[] keys, bytes[] lefts, bytes[] rights) pure returns(bool[] out)
func (iAVLVerifierHarness *IAVLVerifierHarness) PackVerifyAbsentBatch(roots [][32]byte, keys [][]byte, lefts [][]byte, rights [][]byte) []byte {
	enc, err := iAVLVerifierHarness.abi.Pack("verifyAbsentBatch", roots, keys, lefts, rights)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyAbsentBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ba28922.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyAbsentBatch(bytes32[] roots, bytes[] keys, bytes[] lefts, bytes[] rights) pure returns(bool[] out)
func (iAVLVerifierHarness *IAVLVerifierHarness) TryPackVerifyAbsentBatch(roots [][32]byte, keys [][]byte, lefts [][]byte, rights [][]byte) ([]byte, error) {
	return iAVLVerifierHarness.abi.Pack("verifyAbsentBatch", roots, keys, lefts, rights)
}

// UnpackVerifyAbsentBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ba28922.
//
// Solidity: function verifyAbsentBatch(bytes32[] roots, bytes[] keys, bytes[] lefts, bytes[] rights) pure returns(bool[] out)
func (iAVLVerifierHarness *IAVLVerifierHarness) UnpackVerifyAbsentBatch(data []byte) ([]bool, error) {
	out, err := iAVLVerifierHarness.abi.Unpack("verifyAbsentBatch", data)
	if err != nil {
		return *new([]bool), err
	}
	out0 := *abi.ConvertType(out[0], new([]bool)).(*[]bool)
	return out0, nil
}

// PackVerifyAbsentEncoded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x274547a5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyAbsentEncoded(bytes32 root, bytes key, bytes proof) pure returns(bool)
func (iAVLVerifierHarness *IAVLVerifierHarness) PackVerifyAbsentEncoded(root [32]byte, key []byte, proof []byte) []byte {
	enc, err := iAVLVerifierHarness.abi.Pack("verifyAbsentEncoded", root, key, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyAbsentEncoded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x274547a5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyAbsentEncoded(bytes32 root, bytes key, bytes proof) pure returns(bool)
func (iAVLVerifierHarness *IAVLVerifierHarness) TryPackVerifyAbsentEncoded(root [32]byte, key []byte, proof []byte) ([]byte, error) {
	return iAVLVerifierHarness.abi.Pack("verifyAbsentEncoded", root, key, proof)
}

// UnpackVerifyAbsentEncoded is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x274547a5.
//
// Solidity: function verifyAbsentEncoded(bytes32 root, bytes key, bytes proof) pure returns(bool)
func (iAVLVerifierHarness *IAVLVerifierHarness) UnpackVerifyAbsentEncoded(data []byte) (bool, error) {
	out, err := iAVLVerifierHarness.abi.Unpack("verifyAbsentEncoded", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackVerifyAbsentGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8724c8a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyAbsentGas(bytes32 root, bytes key, bytes left, bytes right) view returns(bool ok, uint256 gasUsed)
func (iAVLVerifierHarness *IAVLVerifierHarness) PackVerifyAbsentGas(root [32]byte, key []byte, left []byte, right []byte) []byte {
	enc, err := iAVLVerifierHarness.abi.Pack("verifyAbsentGas", root, key, left, right)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyAbsentGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8724c8a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyAbsentGas(bytes32 root, bytes key, bytes left, bytes right) view returns(bool ok, uint256 gasUsed)
func (iAVLVerifierHarness *IAVLVerifierHarness) TryPackVerifyAbsentGas(root [32]byte, key []byte, left []byte, right []byte) ([]byte, error) {
	return iAVLVerifierHarness.abi.Pack("verifyAbsentGas", root, key, left, right)
}

// VerifyAbsentGasOutput serves as a container for the return parameters of contract
// method VerifyAbsentGas.
type VerifyAbsentGasOutput struct {
	Ok      bool
	GasUsed *big.Int
}

// UnpackVerifyAbsentGas is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc8724c8a.
//
// Solidity: function verifyAbsentGas(bytes32 root, bytes key, bytes left, bytes right) view returns(bool ok, uint256 gasUsed)
func (iAVLVerifierHarness *IAVLVerifierHarness) UnpackVerifyAbsentGas(data []byte) (VerifyAbsentGasOutput, error) {
	out, err := iAVLVerifierHarness.abi.Unpack("verifyAbsentGas", data)
	outstruct := new(VerifyAbsentGasOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Ok = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.GasUsed = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackVerifyBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xccd0300d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyBatch(bytes32[] roots, bytes[] keys, bytes[] values, bytes[] proofs) pure returns(bool[] out)
func (iAVLVerifierHarness *IAVLVerifierHarness) PackVerifyBatch(roots [][32]byte, keys [][]byte, values [][]byte, proofs [][]byte) []byte {
	enc, err := iAVLVerifierHarness.abi.Pack("verifyBatch", roots, keys, values, proofs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xccd0300d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyBatch(bytes32[] roots, bytes[] keys, bytes[] values, bytes[] proofs) pure returns(bool[] out)
func (iAVLVerifierHarness *IAVLVerifierHarness) TryPackVerifyBatch(roots [][32]byte, keys [][]byte, values [][]byte, proofs [][]byte) ([]byte, error) {
	return iAVLVerifierHarness.abi.Pack("verifyBatch", roots, keys, values, proofs)
}

// UnpackVerifyBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xccd0300d.
//
// Solidity: function verifyBatch(bytes32[] roots, bytes[] keys, bytes[] values, bytes[] proofs) pure returns(bool[] out)
func (iAVLVerifierHarness *IAVLVerifierHarness) UnpackVerifyBatch(data []byte) ([]bool, error) {
	out, err := iAVLVerifierHarness.abi.Unpack("verifyBatch", data)
	if err != nil {
		return *new([]bool), err
	}
	out0 := *abi.ConvertType(out[0], new([]bool)).(*[]bool)
	return out0, nil
}

// PackVerifyGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa90e34b0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyGas(bytes32 root, bytes key, bytes value, bytes proof) view returns(bool ok, uint256 gasUsed)
func (iAVLVerifierHarness *IAVLVerifierHarness) PackVerifyGas(root [32]byte, key []byte, value []byte, proof []byte) []byte {
	enc, err := iAVLVerifierHarness.abi.Pack("verifyGas", root, key, value, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa90e34b0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyGas(bytes32 root, bytes key, bytes value, bytes proof) view returns(bool ok, uint256 gasUsed)
func (iAVLVerifierHarness *IAVLVerifierHarness) TryPackVerifyGas(root [32]byte, key []byte, value []byte, proof []byte) ([]byte, error) {
	return iAVLVerifierHarness.abi.Pack("verifyGas", root, key, value, proof)
}

// VerifyGasOutput serves as a container for the return parameters of contract
// method VerifyGas.
type VerifyGasOutput struct {
	Ok      bool
	GasUsed *big.Int
}

// UnpackVerifyGas is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa90e34b0.
//
// Solidity: function verifyGas(bytes32 root, bytes key, bytes value, bytes proof) view returns(bool ok, uint256 gasUsed)
func (iAVLVerifierHarness *IAVLVerifierHarness) UnpackVerifyGas(data []byte) (VerifyGasOutput, error) {
	out, err := iAVLVerifierHarness.abi.Unpack("verifyGas", data)
	outstruct := new(VerifyGasOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Ok = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.GasUsed = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PlasmaChainMetaData contains all meta data concerning the PlasmaChain contract.
var PlasmaChainMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"challengePeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"exitBond\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"challengeReward\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minRequestBond\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"answerGas\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"responseWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"requestMaxAge\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxCommitGap\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"opsTimeout\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxSealLag\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"opsRing\",\"type\":\"uint64\"}],\"internalType\":\"structPlasmaChain.Config\",\"name\":\"c\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AuthorizationExpired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AuthorizationUsed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadFreezeReason\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BlockTooOld\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ChainFrozen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CursorBackwards\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CursorBeyondOps\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DepositTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExitAlreadyOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExitAmountZero\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExitMatured\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExitNotOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FreezeNotDue\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"HeaderMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoHeaders\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expected\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"NonConsecutive\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NonceExited\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NonceTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotFrozen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotIncluded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotOperator\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingReceived\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"OpUncovered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OpsHashMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OutOfWindow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RequestAlreadyOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RequestAnswered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"RequestBondTooLow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RequestNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SpendNotLater\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SpentNotAbove\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TimestampAhead\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TimestampBackwards\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TimestampTooOld\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TokenHasNoCode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManyBlocks\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManyExits\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferExpired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnknownRequest\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WithdrawFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WrongBond\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"opsCursor\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"opsHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"committedAt\",\"type\":\"uint64\"}],\"name\":\"BlockCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"opIndex\",\"type\":\"uint64\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"exitId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"transferHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"spendBlock\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"spentFloor\",\"type\":\"uint256\"}],\"name\":\"ExitChallenged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"exitId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"ExitFinalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"oldExitId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"newExitId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"ExitReplaced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"exitId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"spent\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structPlasmaChain.Leaf\",\"name\":\"leaf\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"exitableAt\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"bondPayer\",\"type\":\"address\"}],\"name\":\"ExitStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"Frozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"opsHash\",\"type\":\"bytes32\"}],\"name\":\"OperationAppended\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"spent\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"ProofAnswered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"ProofRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"}],\"name\":\"RequestBondReclaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"FREEZE_COMMIT_GAP\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FREEZE_OPS_TIMEOUT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FREEZE_REQUEST\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"answerGas\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"spent\",\"type\":\"uint256\"}],\"internalType\":\"structPlasmaChain.Leaf\",\"name\":\"leaf\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"answerProof\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"requestIds\",\"type\":\"uint256[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"spent\",\"type\":\"uint256\"}],\"internalType\":\"structPlasmaChain.Leaf[]\",\"name\":\"leaves\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"proofs\",\"type\":\"bytes[]\"}],\"name\":\"answerProofs\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"blockHashes\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"exitId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"spent\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structPlasmaChain.Transfer\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"opsCursor\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"opsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structPlasmaChain.Header\",\"name\":\"spendHeader\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"committedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"txProof\",\"type\":\"bytes32[]\"}],\"name\":\"challengeExit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengePeriod\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeReward\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"opsCursor\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"opsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structPlasmaChain.Header[]\",\"name\":\"headers\",\"type\":\"tuple[]\"}],\"name\":\"commitBlocks\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"committedCursor\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployTime\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"depositToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"executor\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"exitAuthorizationDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"exitBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"exitId\",\"type\":\"uint256\"}],\"name\":\"exitableAtOf\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"exitedNonce\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"finalizeExits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"done\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"freeze\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"frozen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastBlock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastCommit\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"committedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"liabilities\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxCommitGap\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxSealLag\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minRequestBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"opTime\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"openExit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"exitId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"opsCursor\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"spent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"bondPayer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"openRequest\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"operator\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"opsCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"opsHashAt\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"opsRing\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"opsTimeout\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"queueHead\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"exitId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"queueLength\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"reclaimRequestBond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestMaxAge\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"opsCursor\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"opsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structPlasmaChain.Header\",\"name\":\"header\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"committedAt\",\"type\":\"uint64\"}],\"name\":\"requestProof\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"requests\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint40\",\"name\":\"deadline\",\"type\":\"uint40\"},{\"internalType\":\"uint32\",\"name\":\"blockNumber\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"bond\",\"type\":\"uint96\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"reserveOps\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"responseWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"spentFloor\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"opsCursor\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"opsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structPlasmaChain.Header\",\"name\":\"header\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"committedAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"spent\",\"type\":\"uint256\"}],\"internalType\":\"structPlasmaChain.Leaf\",\"name\":\"leaf\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"startExit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"txRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"opsCursor\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"opsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"internalType\":\"structPlasmaChain.Header\",\"name\":\"header\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"committedAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"spent\",\"type\":\"uint256\"}],\"internalType\":\"structPlasmaChain.Leaf\",\"name\":\"leaf\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"authDeadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"authSignature\",\"type\":\"bytes\"}],\"name\":\"startExitFor\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"spent\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structPlasmaChain.Transfer\",\"name\":\"t\",\"type\":\"tuple\"}],\"name\":\"transferDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"usedAuthorizations\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"withdrawable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "92738c491636b698a75160e095c827cf8c",
	Bin: "0x610260604052348015610010575f5ffd5b506040516166b13803806166b183398101604081905261002f91610874565b60015f5580516001600160a01b031661007b576040516389a6198960e01b815260206004820152600860248201526737b832b930ba37b960c11b60448201526064015b60405180910390fd5b60208101516001600160401b031615806100ae57506301e133806001600160401b031681602001516001600160401b0316115b156100ee576040516389a6198960e01b815260206004820152600f60248201526e18da185b1b195b99d954195c9a5bd9608a1b6044820152606401610072565b806040015181606001511115610139576040516389a6198960e01b815260206004820152600f60248201526e18da185b1b195b99d954995dd85c99608a1b6044820152606401610072565b80608001515f0361017e576040516389a6198960e01b815260206004820152600e60248201526d1b5a5b94995c5d595cdd109bdb9960921b6044820152606401610072565b8060a001516001600160401b03165f036101c7576040516389a6198960e01b8152602060048201526009602482015268616e7377657247617360b81b6044820152606401610072565b60c08101516001600160401b031615806102065750600281602001516101ed9190610963565b6001600160401b03168160c001516001600160401b0316115b15610245576040516389a6198960e01b815260206004820152600e60248201526d726573706f6e736557696e646f7760901b6044820152606401610072565b6101208101516001600160401b0316158061028657506002816020015161026c9190610963565b6001600160401b03168161012001516001600160401b0316115b156102c1576040516389a6198960e01b815260206004820152600a6024820152691bdc1cd51a5b595bdd5d60b21b6044820152606401610072565b6101408101516001600160401b031615806102f6575080602001516001600160401b03168161014001516001600160401b0316115b15610331576040516389a6198960e01b815260206004820152600a6024820152696d61785365616c4c616760b01b6044820152606401610072565b6101008101516001600160401b0316158061036657508060e001516001600160401b03168161010001516001600160401b0316115b156103a3576040516389a6198960e01b815260206004820152600c60248201526b06d6178436f6d6d69744761760a41b6044820152606401610072565b60208101516103bc906001600160401b0316600461099d565b8160e001516001600160401b03161115610409576040516389a6198960e01b815260206004820152600d60248201526c726571756573744d617841676560981b6044820152606401610072565b60088161016001516001600160401b0316108061043857506401000000008161016001516001600160401b0316115b806104645750600181610160015161045091906109ba565b816101600151166001600160401b03165f14155b1561049c576040516389a6198960e01b81526020600482015260076024820152666f707352696e6760c81b6044820152606401610072565b80516001600160a01b0316608090815260208201516001600160401b0390811660a0908152604084015160c0908152606085015160e0908152938501516101009081529185015183166101209081529085015183166101409081529385015183166101609081529185015183166101805284015182166101a0529183015181166101c0529082015181166101e052429081166102405246610220526105de604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f8d2293acf1c036fb468addd3fc538783cbf6d0ec2baec041aa2cfebba45d6450918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b610200526040805160c0810182525f8082529151602080830191600291818681855afa158015610610573d5f5f3e3d5ffd5b5050506040513d601f19601f8201168201806040525081019061063391906109d9565b81525f602080830182905260408084018390526060808501939093526001600160401b0387811660809586018190528251875183168186015293870151848401529186015183850152928501518316828501529284015160a08083019190915284015190911660c082015260e08101919091529091506101000160408051808303601f1901815282825280516020918201205f808052600383527f3617319a054d772f909f7c479a2cebe5066e836a939412e32403c99029b92eff9190915560e08401835280845290830181905282820181905264ffffffffff8516606084018190526080840181905260a0840182905260c0909301819052600180546001600160c01b031916600160701b850264ffffffffff60981b191617600160981b9094029390931764ffffffffff60c01b1916909255517fd030eab66ce8b94e6edcbf4301cf34d94ca2085d4ae6f099ac2dd07253f3a91990600290602060405180830381855afa1580156107a8573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906107cb91906109d9565b604080519182525f6020830181905290820181905260608201526001600160401b0385166080820181905260a082015260c00160405180910390a25050506109f0565b60405161018081016001600160401b038111828210171561083d57634e487b7160e01b5f52604160045260245ffd5b60405290565b80516001600160a01b0381168114610859575f5ffd5b919050565b80516001600160401b0381168114610859575f5ffd5b5f610180828403128015610886575f5ffd5b5061088f61080e565b61089883610843565b81526108a66020840161085e565b60208201526040838101519082015260608084015190820152608080840151908201526108d560a0840161085e565b60a08201526108e660c0840161085e565b60c08201526108f760e0840161085e565b60e0820152610909610100840161085e565b61010082015261091c610120840161085e565b61012082015261092f610140840161085e565b610140820152610942610160840161085e565b6101608201529392505050565b634e487b7160e01b5f52601160045260245ffd5b5f6001600160401b0383168061098757634e487b7160e01b5f52601260045260245ffd5b6001600160401b03929092169190910492915050565b80820281158282048414176109b4576109b461094f565b92915050565b6001600160401b0382811682821603908111156109b4576109b461094f565b5f602082840312156109e9575f5ffd5b5051919050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e051610200516102205161024051615b24610b8d5f395f8181610731015281816110520152818161299c015281816132ff015281816133810152613f3401525f613cc101525f613d9001525f818161042d01528181610cb401528181610fb001528181611006015281816113f70152818161161f015281816120be015281816127f20152818161281a01528181612857015281816128af0152818161295501528181613e3901528181613ee70152613f8601525f81816106fe015261170201525f8181610a0601528181611450015261210501525f81816109b4015261201b01525f8181610897015261245501525f8181610c2f015261257001525f81816103db0152610f0d01525f81816105de01528181610f420152610f6901525f81816105340152818161442e015261447f01525f8181610460015281816131a8015261440201525f8181610c6201528181613243015261328d01525f818161066c0152818161130f01526123230152615b245ff3fe608060405260043610610327575f3560e01c8063806b984f116101a3578063b7c388ca116100f2578063d5a1780b11610092578063e2df27c01161006d578063e2df27c014610bff578063eddada1c14610c1e578063f3f480d914610c51578063f698da2514610c84575f5ffd5b8063d5a1780b14610b66578063d96255b614610b94578063db1af18a14610be4575f5ffd5b8063c0314d27116100cd578063c0314d2714610af6578063c5fade2914610b2c578063d0e30db014610b4b578063d1a21cfb14610b53575f5ffd5b8063b7c388ca14610aaf578063bc0a2abb14610ac3578063bc700dae14610ad7575f5ffd5b8063a85c682a1161015d578063aeb2553f11610138578063aeb2553f146109f5578063b01083e214610a28578063b1d39ede14610a53578063b33a955b14610a90575f5ffd5b8063a85c682a14610984578063a9998ea5146109a3578063abfa5c55146109d6575f5ffd5b8063806b984f1461077257806381d12c581461079557806382ad53541461088657806393bf014c146108b957806397f01d781461092b5780639a0539cf14610965575f5ffd5b80633f3b895811610279578063570ca73511610219578063662e9188116101f4578063662e9188146106ce578063749f94da146106ed5780637a40624b146107205780637d0d740114610753575f5ffd5b8063570ca7351461065b5780635badbe4c146106a657806364e98c25146106bb575f5ffd5b806349e7fa141161025457806349e7fa14146105ba57806350b03456146105cd57806351cff8d9146106005780635385b1001461061f575f5ffd5b80633f3b8958146105565780634185b6a21461057557806346138e1a1461059b575f5ffd5b806329c902aa116102e457806334cdf78d116102bf57806334cdf78d146104c55780633a1d2a80146104f05780633d21f2961461050f5780633ea0c15e14610523575f5ffd5b806329c902aa1461044f57806331e1049b14610482578063338b5dea146104a4575f5ffd5b806305115b3c1461032b578063054f7d9c14610369578063174a853b146103935780631e6218ca146103ca57806323519ac2146103fd57806328dc9fec1461041c575b5f5ffd5b348015610336575f5ffd5b506103566103453660046151ed565b60136020525f908152604090205481565b6040519081526020015b60405180910390f35b348015610374575f5ffd5b50600154600160e01b900460ff165b6040519015158152602001610360565b34801561039e575f5ffd5b506103b26103ad3660046151ed565b610c98565b6040516001600160401b039091168152602001610360565b3480156103d5575f5ffd5b506103b27f000000000000000000000000000000000000000000000000000000000000000081565b348015610408575f5ffd5b5061035661041736600461521b565b610d09565b348015610427575f5ffd5b506103567f000000000000000000000000000000000000000000000000000000000000000081565b34801561045a575f5ffd5b506103567f000000000000000000000000000000000000000000000000000000000000000081565b34801561048d575f5ffd5b50600154600160481b900464ffffffffff166103b2565b3480156104af575f5ffd5b506104c36104be366004615251565b610d21565b005b3480156104d0575f5ffd5b506103566104df3660046151ed565b60036020525f908152604090205481565b3480156104fb575f5ffd5b5061035661050a366004615279565b610ecc565b34801561051a575f5ffd5b50610356610efd565b34801561052e575f5ffd5b506103567f000000000000000000000000000000000000000000000000000000000000000081565b348015610561575f5ffd5b506103566105703660046151ed565b610f95565b348015610580575f5ffd5b50610589600181565b60405160ff9091168152602001610360565b3480156105a6575f5ffd5b506103b26105b53660046151ed565b611047565b6104c36105c8366004615324565b611076565b3480156105d8575f5ffd5b506103567f000000000000000000000000000000000000000000000000000000000000000081565b34801561060b575f5ffd5b506104c361061a3660046153fe565b6110f5565b34801561062a575f5ffd5b5061063e6106393660046153fe565b611236565b604080519283526001600160a01b03909116602083015201610360565b348015610666575f5ffd5b5061068e7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610360565b3480156106b1575f5ffd5b5061035660025481565b6104c36106c9366004615417565b611296565b3480156106d9575f5ffd5b506104c36106e836600461549c565b611304565b3480156106f8575f5ffd5b506103b27f000000000000000000000000000000000000000000000000000000000000000081565b34801561072b575f5ffd5b506103b27f000000000000000000000000000000000000000000000000000000000000000081565b34801561075e575f5ffd5b506104c361076d3660046151ed565b611809565b34801561077d575f5ffd5b5060015465010000000000900463ffffffff166103b2565b3480156107a0575f5ffd5b5061081e6107af3660046151ed565b60126020525f908152604090208054600182015460028301546003909301546001600160a01b0380841694600160a01b80860464ffffffffff1695600160c81b810463ffffffff1695600160e81b90910460ff169484821694929091046001600160601b031692919091169088565b604080516001600160a01b03998a16815264ffffffffff909816602089015263ffffffff9096169587019590955260ff909316606086015290851660808501526001600160601b031660a08401529290921660c082015260e081019190915261010001610360565b348015610891575f5ffd5b506103b27f000000000000000000000000000000000000000000000000000000000000000081565b3480156108c4575f5ffd5b506108d86108d3366004615279565b611977565b604080519889526001600160401b0397881660208a015296909516958701959095526060860192909252608085015260a08401526001600160a01b0391821660c08401521660e082015261010001610360565b348015610936575f5ffd5b506001546040805164ffffffffff600160701b840481168252600160981b909304909216602083015201610360565b348015610970575f5ffd5b506104c361097f36600461554b565b611aa4565b34801561098f575f5ffd5b5061035661099e366004615251565b611d31565b3480156109ae575f5ffd5b506103b27f000000000000000000000000000000000000000000000000000000000000000081565b3480156109e1575f5ffd5b506104c36109f03660046155fa565b611e03565b348015610a00575f5ffd5b506103b27f000000000000000000000000000000000000000000000000000000000000000081565b348015610a33575f5ffd5b50610356610a423660046153fe565b60066020525f908152604090205481565b348015610a5e575f5ffd5b50610356610a6d3660046153fe565b6001600160a01b03165f908152600f60205260409020546001600160ff1b031690565b348015610a9b575f5ffd5b50610356610aaa3660046156b5565b611ea6565b348015610aba575f5ffd5b50610589600381565b348015610ace575f5ffd5b50610589600281565b348015610ae2575f5ffd5b506104c3610af1366004615706565b611f30565b348015610b01575f5ffd5b50610356610b10366004615279565b600760209081525f928352604080842090915290825290205481565b348015610b37575f5ffd5b506104c3610b46366004615727565b61221e565b6104c3612404565b610356610b6136600461577d565b612411565b348015610b71575f5ffd5b50610383610b803660046151ed565b60116020525f908152604090205460ff1681565b348015610b9f575f5ffd5b506103b2610bae366004615279565b6001600160a01b039182165f9081526009602090815260408083209390941682529190915220600201546001600160401b031690565b348015610bef575f5ffd5b5060015464ffffffffff166103b2565b348015610c0a575f5ffd5b506104c3610c193660046151ed565b6127d7565b348015610c29575f5ffd5b506103b27f000000000000000000000000000000000000000000000000000000000000000081565b348015610c5c575f5ffd5b506103b27f000000000000000000000000000000000000000000000000000000000000000081565b348015610c8f575f5ffd5b50610356612927565b6001545f9064ffffffffff168083101580610cdb575080610cd97f0000000000000000000000000000000000000000000000000000000000000000856157da565b105b15610cf957604051636ed8b8ff60e11b815260040160405180910390fd5b610d0283612935565b9392505050565b5f610d1b610d16836129c5565b612a16565b92915050565b610d29612a42565b600154600160e01b900460ff1615610d5457604051637e85d5f760e01b815260040160405180910390fd5b805f03610d7457604051631f2a200560e01b815260040160405180910390fd5b816001600160a01b03163b5f03610d9d576040516239539960e91b815260040160405180910390fd5b6040516370a0823160e01b815230600482015282905f906001600160a01b038316906370a0823190602401602060405180830381865afa158015610de3573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e0791906157ed565b9050610e1e6001600160a01b038316333086612a6a565b6040516370a0823160e01b81523060048201525f906001600160a01b038416906370a0823190602401602060405180830381865afa158015610e62573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e8691906157ed565b9050818111610ea85760405163b5c74a2760e01b815260040160405180910390fd5b610ebc3386610eb78585615804565b612ad7565b505050610ec860015f55565b5050565b6001600160a01b038083165f9081526009602090815260408083209385168352929052908120610d02908484612d5b565b5f8048610f346001600160401b037f0000000000000000000000000000000000000000000000000000000000000000166002615817565b610f3e9190615817565b90507f00000000000000000000000000000000000000000000000000000000000000008111610f8d577f0000000000000000000000000000000000000000000000000000000000000000610f8f565b805b91505090565b6001545f9064ffffffffff1680831180610fd8575080610fd57f0000000000000000000000000000000000000000000000000000000000000000856157da565b11155b15610ff657604051636ed8b8ff60e11b815260040160405180910390fd5b821561103f5760045f61102a60017f0000000000000000000000000000000000000000000000000000000000000000615804565b851681526020019081526020015f2054610d02565b5f9392505050565b5f610d1b604083901c7f000000000000000000000000000000000000000000000000000000000000000061582e565b6001603f1b61108b604088016020890161584d565b6001600160401b0316106110b257604051638d070ff560e01b815260040160405180910390fd5b6110bf8a88858585612db0565b6110c98989612ed1565b6110db89602001358b89898989612f20565b6110e98a338b8b8b8b6130d4565b50505050505050505050565b6110fd612a42565b335f9081526007602090815260408083206001600160a01b03851684529091528120549081900361114157604051630686827b60e51b815260040160405180910390fd5b335f8181526007602090815260408083206001600160a01b03871680855290835281842093909355518481529192917fd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb910160405180910390a36001600160a01b038216611215576040515f90339083908381818185875af1925050503d805f81146111e8576040519150601f19603f3d011682016040523d82523d5f602084013e6111ed565b606091505b505090508061120f57604051631d42c86760e21b815260040160405180910390fd5b50611229565b6112296001600160a01b03831633836135d9565b5061123360015f55565b50565b6001600160a01b0381165f908152600f602052604081205481906001600160ff1b0316810361126957505f928392509050565b50506001600160a01b03165f9081526010602090815260408083206001845290915290205460a081901c91565b6001603f1b6112ab604085016020860161584d565b6001600160401b0316106112d257604051638d070ff560e01b815260040160405180910390fd5b6112dc8686612ed1565b6112ee86602001353386868686612f20565b6112fc3333888888886130d4565b505050505050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461134d57604051631f0853c160e21b815260040160405180910390fd5b60015460ff60e082901c161561137657604051637e85d5f760e01b815260040160405180910390fd5b815f81900361139857604051632223caab60e21b815260040160405180910390fd5b4264ffffffffff80841690602885901c63ffffffff1690604886901c811690609887901c165f898982816113ce576113ce615866565b905060c0020160600160208101906113e6919061584d565b6001600160401b031690508461141c7f0000000000000000000000000000000000000000000000000000000000000000836157da565b1161143a57604051636ed8b8ff60e11b815260040160405180910390fd5b84811080156114965750856001600160401b03167f00000000000000000000000000000000000000000000000000000000000000006001600160401b031661148183612935565b6001600160401b031661149491906157da565b105b156114bc57604051632111f97d60e01b8152600481018290526024015b60405180910390fd5b7fd030eab66ce8b94e6edcbf4301cf34d94ca2085d4ae6f099ac2dd07253f3a9195f5b888110156117bb57368c8c838181106114fa576114fa615866565b905060c0020190505f876001611510919061582e565b90506001600160401b038116611529602084018461584d565b6001600160401b0316146115715780611545602084018461584d565b60405163b4c27d0760e01b81526001600160401b039283166004820152911660248201526044016114b3565b63ffffffff816001600160401b0316111561159f57604051633f836abd60e11b815260040160405180910390fd5b5f6115b0608084016060850161584d565b905087816001600160401b031610156115dc576040516379d749b360e01b815260040160405180910390fd5b89816001600160401b03161115611606576040516324634d8760e11b815260040160405180910390fd5b6001600160401b038116156116615760045f61164360017f0000000000000000000000000000000000000000000000000000000000000000615804565b836001600160401b03161681526020019081526020015f2054611663565b5f5b8360800135146116865760405163246fab8760e01b815260040160405180910390fd5b5f61169760c0850160a0860161584d565b905087816001600160401b031610156116c35760405163013e3ebf60e41b815260040160405180910390fd5b8b6001600160401b0316816001600160401b031611156116f65760405163db0f905160e01b815260040160405180910390fd5b8b6001600160401b03167f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316826001600160401b031661173e91906157da565b101561175d5760405163d40fc74b60e01b815260040160405180910390fd5b611767848d61360a565b60035f856001600160401b031681526020019081526020015f208190555060405160a06020860182378c60a0820152838760c083a2506001600160401b0392831699509082169750169450506001016114df565b50609883901b67ffffffffffffffff60701b607089901b16604886901b602888811b906117ed6001600160981b615804565b901b198d16171717179850886001555050505050505050505050565b600154600160e01b900460ff1661183357604051638208cbe560e01b815260040160405180910390fd5b5f8181526012602052604090208054600160e81b900460ff1660011461186c57604051632212fb4760e11b815260040160405180910390fd5b805460ff60e81b1916600360e81b17808255600182015460028301546040516013935f936118b9936001600160a01b0391821693911691600160c81b900463ffffffff169060200161587a565b60408051808303601f1901815291815281516020928301208352828201939093529082015f908120819055835460018501546001600160a01b039091168083526007845284832083805290935292812080549293600160a01b90046001600160601b03169283929061192c9084906157da565b90915550506040518181526001600160a01b0383169085907f42dcc5a20e9b9478a544a16b0a33b28616b0d776177fe19687079b3559fcfb199060200160405180910390a350505050565b6001600160a01b038083165f908152600960209081526040808320938516835292905290812080546001600160601b031691908190819081908190819081908882036119db575f5f5f5f5f5f5f5f9850985098509850985098509850985050611a97565b8054600160601b81046001600160401b03169850600160a01b900464ffffffffff169650611a0a818c8c613625565b9096509450611a268b8b836001600160401b038b168a8a613691565b8154909450600160f81b90046001165f03611a41578a611a69565b6001600160a01b03808c165f908152600e602090815260408083208e85168452909152902054165b6001600160a01b03808d165f908152600d602090815260408083208f85168452909152902054919450169150505b9295985092959890939650565b611aae8888613777565b602088811c63ffffffff1690611ac69086018661584d565b6001600160401b031611611aed5760405163331548c360e01b815260040160405180910390fd5b611afe610100880160e0890161584d565b6001600160401b0316611b1760c0860160a0870161584d565b6001600160401b03161115611b3f5760405163f765373160e01b815260040160405180910390fd5b611b498484612ed1565b5f5f611b56898989613873565b91509150611b928484886040013585604051602001611b7791815260200190565b60405160208183030381529060405280519060200120613938565b611baf57604051633d76489160e01b815260040160405180910390fd5b611c3560095f611bc260208d018d6153fe565b6001600160a01b03166001600160a01b031681526020019081526020015f205f8b6040016020810190611bf591906153fe565b6001600160a01b031681526020808201929092526040015f2090611c1b908c018c6153fe565b611c2b60608d0160408e016153fe565b8c60c0013561394f565b33600d5f611c4660208d018d6153fe565b6001600160a01b03166001600160a01b031681526020019081526020015f205f8b6040016020810190611c7991906153fe565b6001600160a01b03166001600160a01b031681526020019081526020015f205f6101000a8154816001600160a01b0302191690836001600160a01b03160217905550336001600160a01b03168a7f5e2f925305a19c9c5f25fca76fae1e3339f4d226d9da68e0ef31f917fd82bcbe83895f016020810190611cfa919061584d565b604080519283526001600160401b03909116602083015260c08e01359082015260600160405180910390a350505050505050505050565b6001600160a01b0382165f908152600f60205260408120546001600160ff1b0316425b8383108015611d6257508115155b15611dd4576001600160a01b0385165f9081526010602090815260408083206001845290915290205460a081901c82611d9a82611047565b6001600160401b03161115611db0575050611dd4565b611dba87856139d5565b9350611dc7828883613ab5565b8460010194505050611d54565b8215611dfb576001600160a01b0385165f908152600f60205260409020600160ff1b831790555b505092915050565b8483141580611e125750848114155b15611e33576040516001621398b960e31b0319815260040160405180910390fd5b5f5b85811015611e9d57611e95878783818110611e5257611e52615866565b90506020020135868684818110611e6b57611e6b615866565b905060600201858585818110611e8357611e83615866565b9050602002810190610b4691906158a6565b600101611e35565b50505050505050565b604080517f3faf08de845b6bb86a687da400a4508ec63dbe2243bda098a2a00adcafc2df7a60208201526001600160a01b0380871692820192909252818516606082015290831660808201526001600160401b03821660a08201525f90611f259060c00160405160208183030381529060405280519060200120612a16565b90505b949350505050565b6040805160e08101825260015464ffffffffff808216835265010000000000820463ffffffff9081166020850152600160481b8304821694840194909452600160701b820481166060840152600160981b8204166080830152600160c01b810490921660a0820152600160e01b90910460ff1615801560c0830152611fc857604051637e85d5f760e01b815260040160405180910390fd5b425f1960ff85160161207d5760a083901c151580611ffb57506001600160a01b0383165f90815260066020526040902054155b1561201957604051638f16a60160e01b815260040160405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316826060015164ffffffffff1661205991906157da565b811161207857604051638f16a60160e01b815260040160405180910390fd5b6121c9565b60011960ff85160161214957816040015164ffffffffff168310806120aa5750815164ffffffffff168310155b806120e55750815164ffffffffff166120e37f0000000000000000000000000000000000000000000000000000000000000000856157da565b105b1561210357604051638f16a60160e01b815260040160405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000006001600160401b031661213684612935565b6001600160401b031661205991906157da565b60021960ff8516016121b0575f8381526012602052604090208054600160e81b900460ff16600114158061218c57508054600160a01b900464ffffffffff168211155b156121aa57604051638f16a60160e01b815260040160405180910390fd5b506121c9565b604051635ebebeed60e11b815260040160405180910390fd5b6001805460ff60e01b1916600160e01b1790556040805160ff86168152602081018590527f1f847ccf894fcf27d163ed164623af899054b007df803d8cd83f6c688f9d6be4910160405180910390a150505050565b5f84815260126020526040812080549091600160e81b90910460ff169081900361225b57604051636d08029760e01b815260040160405180910390fd5b60011960ff82160161228057604051630771ce2f60e51b815260040160405180910390fd5b6001820154600283015460038401546001600160a01b0392831692909116906122ad9083838a8a8a612f20565b835460ff60e81b1916600160e91b17845560ff83165f19016123845783546040516013915f916122f19186918691600160c81b900463ffffffff169060200161587a565b60408051808303601f1901815291815281516020928301208352828201939093529082015f90812081905560018701547f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168252600783528382208280529092529182208054600160a01b9092046001600160601b031692909161237e9084906157da565b90915550505b83546001600160a01b0382811691908416908a907fb155a1d8e5f60f6b4a3650580dc4b46ad1d661c5df454ba907ead90e445dd73490600160c81b900463ffffffff168b356123d960408e0160208f0161584d565b8d604001358d8d6040516123f2969594939291906158e8565b60405180910390a45050505050505050565b61240f335f34612ad7565b565b6001545f90600160e01b900460ff161561243e57604051637e85d5f760e01b815260040160405180910390fd5b6124488383612ed1565b61247e6001600160401b037f000000000000000000000000000000000000000000000000000000000000000081169084166157da565b42111561249e576040516330bfef3b60e21b815260040160405180910390fd5b5f6124a7610efd565b9050803410806124bd57506001600160601b0334115b156124de5760405163498d60b960e01b8152600481018290526024016114b3565b5f86866124ee602088018861584d565b6040516020016125009392919061587a565b60408051601f1981840301815291815281516020928301205f81815260139093529120549091501561254557604051630274c71b60e51b815260040160405180910390fd5b60025f815461255390615941565b91829055505f8281526013602052604081208290559093506125957f00000000000000000000000000000000000000000000000000000000000000004261582e565b9050604051806101000160405280336001600160a01b031681526020018264ffffffffff168152602001875f0160208101906125d1919061584d565b63ffffffff168152602001600160ff168152602001896001600160a01b03168152602001346001600160601b03168152602001886001600160a01b03168152602001876020013581525060125f8681526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151815f0160146101000a81548164ffffffffff021916908364ffffffffff1602179055506040820151815f0160196101000a81548163ffffffff021916908363ffffffff1602179055506060820151815f01601d6101000a81548160ff021916908360ff1602179055506080820151816001015f6101000a8154816001600160a01b0302191690836001600160a01b0316021790555060a08201518160010160146101000a8154816001600160601b0302191690836001600160601b0316021790555060c0820151816002015f6101000a8154816001600160a01b0302191690836001600160a01b0316021790555060e08201518160030155905050866001600160a01b0316886001600160a01b0316857ffa22e99a3ec14c2d028ca26d3270ea47bb333567a6ff5af09402ad1f7635dacf895f01602081019061279e919061584d565b604080516001600160401b03928316815233602082015234818301529187166060830152519081900360800190a4505050949350505050565b600180545f916127ee9164ffffffffff16906157da565b90507f000000000000000000000000000000000000000000000000000000000000000082111561283c577f000000000000000000000000000000000000000000000000000000000000000091505b805b61284883836157da565b811015612922575f61287b60017f0000000000000000000000000000000000000000000000000000000000000000615804565b82165f81815260046020526040812054919250036128a5575f818152600460205260409020600190555b5f60016128d360087f0000000000000000000000000000000000000000000000000000000000000000615959565b6128dd9190615804565b60036128ea600186615804565b901c165f8181526005602052604081205491925003612918575f818152600560205260409020600160ff1b90555b505060010161283e565b505050565b5f612930613cbe565b905090565b5f63ffffffff612949600784166020615817565b60055f600161297960087f0000000000000000000000000000000000000000000000000000000000000000615959565b6129839190615804565b600387901c1681526020019081526020015f2054901c167f0000000000000000000000000000000000000000000000000000000000000000610d1b919061582e565b5f7f2be7089965b0aaf61a95bdf9cb45ad7479115008ac9079843af00d1a788a1aa2826040516020016129f9929190615978565b604051602081830303815290604052805190602001209050919050565b5f610d1b612a22613cbe565b8360405161190160f01b8152600281019290925260228201526042902090565b60025f5403612a6457604051633ee5aeb560e01b815260040160405180910390fd5b60025f55565b6040516001600160a01b038481166024830152838116604483015260648201839052612ad19186918216906323b872dd906084015b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050613db2565b50505050565b600154600160e01b900460ff1615612b0257604051637e85d5f760e01b815260040160405180910390fd5b805f03612b2257604051631f2a200560e01b815260040160405180910390fd5b6001600160a01b0382165f9081526006602052604081208054839290612b499084906157da565b909155505f9050612b5e600185858585613e1e565b6001600160a01b038581165f908152600960209081526040808320938816835292905220805491925090600160c81b900465ffffffffffff1680158015612bad575081546001600160601b0316155b8015612bcb57506001820154600160801b90046001600160801b0316155b8015612be2575060018201546001600160801b0316155b15612bff576001820180546001600160801b0316600160801b1790555b838115612c6457612c156001600160d81b615804565b6001600160a01b038089165f908152600a60209081526040808320938b16835292905290812090612c47600186615804565b81526020019081526020015f20541681612c6191906157da565b90505b612c736001600160d81b615804565b811115612c935760405163c56d46d360e01b815260040160405180910390fd5b6001600160a01b038088165f908152600a60209081526040808320938a1683529281528282208583529052206001600160d81b031960d886901b1682179055612cdd8260016157da565b835465ffffffffffff91909116600160c81b0265ffffffffffff60c81b19909116178355604080518681526001600160401b03861660208201526001600160a01b0388811692908a16917fda296c6c8f4e2f4cc4b654430b82a5cf68a2e39490a32de944ed3b3ba963e91a910160405180910390a350505050505050565b60028301545f906001600160901b03600160701b9091048116908114612d815780612da7565b6001600160a01b038085165f908152600860209081526040808320938716835292905220545b95945050505050565b826001600160401b0316421115612dda57604051630f05f5bf60e01b815260040160405180910390fd5b5f612de786863387611ea6565b5f8181526011602052604090205490915060ff1615612e1957604051630c5cc05960e11b815260040160405180910390fd5b5f5f612e5a8386868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061409f92505050565b5090925090505f816003811115612e7357612e73615a31565b141580612e925750876001600160a01b0316826001600160a01b031614155b15612eb057604051635cd5d23360e01b815260040160405180910390fd5b50505f908152601160205260409020805460ff191660011790555050505050565b612edb828261360a565b60035f612eeb602086018661584d565b6001600160401b031681526020019081526020015f205414610ec85760405163c27d13b960e01b815260040160405180910390fd5b604051600160f81b60208201526bffffffffffffffffffffffff19606087811b8216602184015286901b1660358201525f9060490160408051601f1981840301815291905290505f8435158015612f8d5750612f82604086016020870161584d565b6001600160401b0316155b8015612f9b57506040850135155b8015612fce5750821580612fce575083835f818110612fbc57612fbc615866565b909101356001600160f81b0319161590505b1561301a57613013888386868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506140e892505050565b90506130ac565b6130a98883873561303160408a0160208b0161584d565b89604001356040516020016130669392919092835260c09190911b6001600160c01b0319166020830152602882015260480190565b60408051601f198184030181526020601f8a01819004810284018101909252888352919089908990819084018382808284375f9201919091525061411a92505050565b90505b806130ca576040516309bde33960e01b815260040160405180910390fd5b5050505050505050565b5f6130e5604083016020840161584d565b6001600160a01b038089165f9081526009602090815260408083209388168352929052206002810154919250906001600160401b03908116908316101561313f576040516334fd128f60e21b815260040160405180910390fd5b80546001600160601b031680156131a657886001600160a01b0316886001600160a01b0316146131825760405163b9a3725360e01b815260040160405180910390fd5b34156131a15760405163501c2aaf60e01b815260040160405180910390fd5b6131e6565b7f000000000000000000000000000000000000000000000000000000000000000034146131e65760405163501c2aaf60e01b815260040160405180910390fd5b5f6132128a87856131fd60808d0160608e0161584d565b6001600160401b0316893560408b0135613691565b9050805f03613234576040516332fa85e160e01b815260040160405180910390fd5b5f8061326a6001600160401b037f0000000000000000000000000000000000000000000000000000000000000000166002615817565b61327d906001600160401b038b166157da565b90505f6132b36001600160401b037f000000000000000000000000000000000000000000000000000000000000000016426157da565b9050818111156132c1578091505b600180545f916132de91600160c01b900463ffffffff16906157da565b905063ffffffff811180613327575063ffffffff6133256001600160401b037f00000000000000000000000000000000000000000000000000000000000000001685615804565b115b15613345576040516303d5912360e31b815260040160405180910390fd5b6001805463ffffffff60c01b1916600160c01b63ffffffff8416021790558060206133728e82018f61584d565b6001600160401b0316901b60407f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316866133b49190615804565b8a54911b91909117919091179450600160f81b900460011692505084159050613445576133fb60028d8a5f895f01600c9054906101000a90046001600160401b0316613e1e565b506040516001600160a01b0389811682528d1690839086907f60c538363ea928c0453248493c603f91335250e72e6e4b69382407e3742b95d59060200160405180910390a461349c565b8b6001600160a01b03168b6001600160a01b03161461349c57506001600160a01b038b81165f908152600e602090815260408083208b85168452909152902080546001600160a01b031916918c1691909117905560015b863560801c1515806134b45750604087013560801c15155b15613533576002811790506040518060400160405280885f013581526020018860400135815250600c5f8e6001600160a01b03166001600160a01b031681526020019081526020015f205f8a6001600160a01b03166001600160a01b031681526020019081526020015f2090600261352d92919061519b565b50613544565b8635604088013560801b1760018601555b5f61355560808c0160608d0161584d565b6001600160401b0316905065ffffffffffff60c81b8654168260f81b818360a01b178960601b8617171787555061359b898e6001600160a01b031660a086901b17614142565b6135a960038e8b5f8b613e1e565b506135ca838e8b8e5f0160208101906135c2919061584d565b8c89886141ec565b50505050505050505050505050565b6040516001600160a01b0383811660248301526044820183905261292291859182169063a9059cbb90606401612a9f565b5f60405160c084823760c08101929092525060e09020919050565b82545f908190600160f81b90046002161561366d5750506001600160a01b038281165f908152600c602090815260408083209385168352929052208054600190910154613689565b505060018301546001600160801b0380821691600160801b9004165b935093915050565b6001600160a01b038681165f908152600a602090815260408083209389168352929052908120855482916136df9186916136da91600160c81b900465ffffffffffff168961427b565b61437e565b90505f6136ed878a8a612d5b565b6001600160a01b038a81165f908152600b60209081526040808320938d16835292905290812060028a015492935090916137379190600160401b900465ffffffffffff168961427b565b9050848211156137525761374f816136da8785615804565b90505b80831161375f575f613769565b6137698184615804565b9a9950505050505050505050565b5f61378560208301836153fe565b90505f61379860608401604085016153fe565b6001600160a01b038084165f9081526009602090815260408083209385168352929052209091508415806137d6575080546001600160601b03168514155b156137f45760405163c1a7bb5d60e01b815260040160405180910390fd5b6137fd85611047565b6001600160401b031642106138255760405163392c6def60e21b815260040160405180910390fd5b5f613831828585613625565b91505061383f828585612d5b565b8560c001351115806138555750808560c0013511155b156112fc5760405163891f057960e01b815260040160405180910390fd5b5f5f61387e856129c5565b915061388982612a16565b90505f5f6138cc8387878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061409f92505050565b5090925090505f8160038111156138e5576138e5615a31565b14158061391057506138fa60208801886153fe565b6001600160a01b0316826001600160a01b031614155b1561392e57604051635cd5d23360e01b815260040160405180910390fd5b5050935093915050565b5f82613945868685614399565b1495945050505050565b6001600160901b0381106139ab576002840180546001600160701b03166dffffffffffffffffffffffffffff191790556001600160a01b038084165f908152600860209081526040808320938616835292905220819055612ad1565b6002840180546001600160901b038316600160701b026001600160701b0390911617905550505050565b6001600160a01b0382165f90815260106020908152604080832084845291829052822054613a0284615a45565b9350835f03613a15575f92505050610d1b565b60015b600181901b85811115613a2b5750613a9f565b5f8181526020859052604090205486821015613a7a575f8581613a4f8560016157da565b81526020019081526020015f2054905081811015613a785782613a7181615941565b9350508091505b505b808411613a88575050613a9f565b5f9283526020859052604090922091909155613a18565b5f90815260209290925260409091205550919050565b6001600160a01b038084165f90815260096020908152604080832093861683529290522080546001600160601b03168214613af05750505050565b5f5f613afd838787613625565b845491935091505f90613b2590889088908790600160a01b900464ffffffffff168787613691565b6001600160a01b0387165f90815260066020526040812054919250818310613b4d5781613b4f565b825b90508015613bc357613b618183615804565b6001600160a01b03808a165f81815260066020908152604080832095909555928d1681526007835283812091815291522054613b9d908261437e565b6001600160a01b03808b165f908152600760209081526040808320938d16835292905220555b8554613bdc908a908a90600160f81b900460ff166143da565b855460028701546001600160401b03600160601b90920482169116811115613c1d5760028701805467ffffffffffffffff19166001600160401b0383161790555b8654600160601b600160f81b031687555f613c3c60028c8c8686613e1e565b90508215613c5157613c51888c8c848761458f565b896001600160a01b03168b6001600160a01b03168a7fb17fdf94e00d48606458b12e91641730a7d27a5bc106192eb5e574f59a9088b48686604051613ca99291909182526001600160401b0316602082015260400190565b60405180910390a45050505050505050505050565b5f7f00000000000000000000000000000000000000000000000000000000000000004614613d8d57612930604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f8d2293acf1c036fb468addd3fc538783cbf6d0ec2baec041aa2cfebba45d6450918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b507f000000000000000000000000000000000000000000000000000000000000000090565b5f5f60205f8451602086015f885af180613dd1576040513d5f823e3d81fd5b50505f513d91508115613de8578060011415613df5565b6001600160a01b0384163b155b15612ad157604051635274afe760e01b81526001600160a01b03851660048201526024016114b3565b60015464ffffffffff165f8115613e7b5760045f613e5d60017f0000000000000000000000000000000000000000000000000000000000000000615804565b846001600160401b03161681526020019081526020015f2054613e7d565b5f5b60408051602080820184905260ff8b16828401526001600160a01b038a811660608401528916608083015260a082018890526001600160401b03871660c0808401919091528351808403909101815260e090920190925280519101209091508060045f613f0b60017f0000000000000000000000000000000000000000000000000000000000000000615804565b613f1687600161582e565b6001600160401b03161681526020019081526020015f20819055505f7f00000000000000000000000000000000000000000000000000000000000000006001600160401b031642613f679190615804565b905063ffffffff811115613f7c575063ffffffff5b5f6001613faa60087f0000000000000000000000000000000000000000000000000000000000000000615959565b613fb49190615804565b600386901c16671fffffffffffffff1690505f613fd5600787166020615a5a565b5f838152600560205260409020805463ffffffff6001600160401b039390931692831b191685831b179055905061400d86600161582e565b6001805464ffffffffff191664ffffffffff929092169190911790556040805160ff8d168152602081018a90526001600160401b03898116828401526060820187905291516001600160a01b038c811693908e1692908a16917fe9a489c8029464791f4898458c9fb9e9429815753b5ccdf962fea25d4acbb5f5916080908290030190a4505050505095945050505050565b5f5f5f83516041036140d6576020840151604085015160608601515f1a6140c8888285856146ad565b9550955095505050506140e1565b505081515f91506002905b9250925092565b5f5f5f5f6140f585614775565b92509250925082801561410f575061410f878784846147aa565b979650505050505050565b5f5f5f6141298686865f6148ae565b509150915081801561410f575090951495945050505050565b6001600160a01b0382165f908152600f602052604081205461416e906001600160ff1b031660016157da565b6001600160a01b0384165f908152600f60209081526040808320600160ff1b85179055601090915290209091505b60018211156141dd57600182901c5f818152602083905260409020548481116141c65750506141dd565b5f938452602083905260409093209290925561419c565b5f918252602052604090205550565b5f6001821681036141fd5786614225565b6001600160a01b038088165f908152600e602090815260408083208a85168452909152902054165b9050856001600160a01b0316876001600160a01b0316897f7ba4b778988177ee5563fd71be3606f7394668921867379fc44024b7cedd91158888886142698f611047565b886040516123f2959493929190615a83565b5f825f0361428a57505f610d02565b5f8481614298600187615804565b81526020019081526020015f205490508260d882901c10156142bd575f915050610d02565b5f806142ca600187615804565b90505b8082101561431b575f60016142e283856157da565b901c5f81815260208a9052604090205490915060d81c8611156143115761430a8160016157da565b9250614315565b8091505b506142cd565b5f8215614352576143316001600160d81b615804565b885f61433e600187615804565b81526020019081526020015f205416614354565b5f5b9050806143666001600160d81b615804565b85166143729190615804565b98975050505050505050565b5f82820183811061438f5780611f28565b5f19949350505050565b5f81815b848110156143d1576143c7828787848181106143bb576143bb615866565b9050602002013561497a565b915060010161439d565b50949350505050565b6001600160a01b038084165f908152600d6020908152604080832086851684529091529020547f0000000000000000000000000000000000000000000000000000000000000000911680156144ef576144537f000000000000000000000000000000000000000000000000000000000000000083615804565b6001600160a01b0382165f9081526007602090815260408083208380529091529020549092506144a3907f000000000000000000000000000000000000000000000000000000000000000061437e565b6001600160a01b038083165f9081526007602090815260408083208380528252808320949094558883168252600d81528382209288168252919091522080546001600160a01b03191690555b84600184161561453157506001600160a01b038581165f908152600e602090815260408083208885168452909152902080546001600160a01b03198116909155165b82156112fc576001600160a01b0381165f908152600760209081526040808320838052909152902054614564908461437e565b6001600160a01b0382165f908152600760209081526040808320838052909152902055505050505050565b6002850154600160401b900465ffffffffffff165f8115614608576146036145bc6001600160d81b615804565b6001600160a01b038089165f908152600b60209081526040808320938b168352929052908120906145ee600187615804565b81526020019081526020015f2054168461437e565b61460a565b825b905061461b6001600160d81b615804565b811115614634576146316001600160d81b615804565b90505b6001600160a01b038087165f908152600b6020908152604080832093891683529281528282208583529052206001600160d81b031960d886901b168217905561467e8260016157da565b8760020160086101000a81548165ffffffffffff021916908365ffffffffffff16021790555050505050505050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156146e657505f9150600390508261476b565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015614737573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661476257505f92506001915082905061476b565b92505f91508190505b9450945094915050565b5f6060805f5f6147868660026149a6565b50919650925090508461479d575f945050506147a3565b90925090505b9193909250565b5f82515f1480156147ba57508151155b156147e857507fe3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b8558414611f28565b60608084515f1461482e5760605f6148008988614aa7565b95509250905080158061481a57506148188289614afe565b155b1561482b575f945050505050611f28565b50505b8351156148705760605f6148428987614aa7565b94509250905080158061485c575061485a8883614afe565b155b1561486d575f945050505050611f28565b50505b83515f0361488f57614886825f84516001614b74565b92505050611f28565b84515f036148a457614886815f83515f614b74565b61410f8282614bae565b5f5f6060805f6148bf898989614c9a565b92975090955092509050846148dc57505f935083925061476b9050565b865187016020015f87156149475760256148f68484615804565b6149009190615959565b6001600160401b0381111561491757614917615aed565b604051908082528060200260200182016040528015614940578160200160208202803683370190505b5094508490505b602084015f6149598883878787614eba565b919a5098509050891561496a578087525b5050505050509450945094915050565b5f818310614994575f828152602084905260409020610d02565b5f838152602083905260409020610d02565b5f5f5f5f855160208701602087028083101596505f5b888110881615614a8f57602081028301518281146149dd575f985050614a8f565b846020820111156149f1575f985050614a8f565b6020810185038185015181811115614a0e575f9a50505050614a8f565b601f8101601f191682811115614a2a575f9b5050505050614a8f565b601f821692508215614a5257808488010151836008021b15614a52575f9b5050505050614a8f565b848015614a6b5760018114614a75578488019950614a7b565b8488019b50614a7b565b8488019a505b5092909201602001935050506001016149bc565b50828114614a9b575f96505b50505092959194509250565b5f606080606080614ab786614ee5565b9297509095509250905084614ad0575f945050506140e1565b5f614ade85848460016148ae565b9197509094509050858015614af257508781145b95505050509250925092565b5f825182518180821015614b0f5750805b81831093505f92505b80831015614b6b57826020870101519150826020860101518382036020811015614b4e57600860208290030293841c939190911c905b50808314614b5f5782109350614b6b565b50602083019250614b18565b50505092915050565b6001835b838110156143d1576001810160051b8601518381515f1a6001018201515f1a14614ba5575f9250506143d1565b50600101614b78565b815181515f91905b5f81115f83111615614c0f578160051b8501518160051b85015181515f1a601e036008026020820151811c6020840151821c14825184511416614bfb57505050614c0f565b505050600182039150600181039050614bb6565b811580614c1a575080155b15614c29575f92505050610d1b565b614c3282615a45565b9150614c3d81615a45565b9050614c558583614c4f8160016157da565b5f614b74565b8015614c735750614c738482614c6c8160016157da565b6001614b74565b8015614c875750614c87855f846001614b74565b8015612da75750612da7845f835f614b74565b5f5f60605f86515f1480614cad57508551155b80614cb757508451155b15614cc957505f925082915081614eb1565b50602084015160218501805190915f90811a91901a811580614cf7575060018751614cf49190615804565b82115b80614d0157508015155b15614d1757505f9450849350839150614eb19050565b5f614d2b84614d2685826157da565b614f22565b9150614d39905083856157da565b8114614d5157505f9550859450849250614eb1915050565b50508751614d609060606157da565b6001600160401b03811115614d7757614d77615aed565b6040519080825280601f01601f191660200182016040528015614da1576020820181803683370190505b5092505f600288604051614db59190615b01565b602060405180830381855afa158015614dd0573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190614df391906157ed565b90508851602085018385825e838101825b607f811115614e25576080607f82161782536001919091019060071c614e04565b808253506001018260208d01825e8201602081536001810184905203602101855250604051600290614e58908690615b01565b602060405180830381855afa158015614e73573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190614e9691906157ed565b945060018585614ea685876157da565b955095509550955050505b93509350935093565b5f8080614fd080614ed28a8a8a8a8a63ffffffff8716565b9450945094505050955095509592505050565b5f60608060605f5f5f614ef98860036149a6565b9299509094509250905086614f13575f9650505050614f1b565b919450925090505b9193509193565b5f82815b6003811015614fc8575f5f5b858410614f41575f9350614fa7565b83515f1a60018501945060018111600983141615614f62575f945050614fa7565b607f8116826007021b831792506001820191506080811015614fa1578015600183111615614f8e575f94505b6001831615614f9b575f94505b50614fa7565b50614f32565b5082614fb35750614fc8565b81614fbf578060011c93505b50600101614f26565b509250929050565b60015f807f80808080808080808080808080808080808080808080808080808080808080807f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f845b8789101561518b5788515f1a8989036022820111600b821160038310171760018b01515f19836008021c1980878319161660018103811660018103811690506001810381168115178517945050607f83600187031a1184179350818160081c600160ff1b171691508160071c831684179350878788851601168219811983161685179450505050805f1a607f8111156150e257505f805b600a8110156150e05782811a607f8116826007021b8317925060808110156150d757506150e0565b506001016150af565b505b848160011c10831792505080831a6001811183179250821561510a575f99505050505061518b565b6001880197508a1561511f578c8860051b8c01525b908d528b830160020151838e019250906020835380801561514b578260018501528f6022850152615158565b8f60018501528260228501525b505050602060218201535060205f604283018d60025afa615177575f5ffd5b5f519b509890980160220197600101615018565b5093999197509095505050505050565b82600281019282156151c9579160200282015b828111156151c95782518255916020019190600101906151ae565b506151d59291506151d9565b5090565b5b808211156151d5575f81556001016151da565b5f602082840312156151fd575f5ffd5b5035919050565b5f6101008284031215615215575f5ffd5b50919050565b5f610100828403121561522c575f5ffd5b610d028383615204565b80356001600160a01b038116811461524c575f5ffd5b919050565b5f5f60408385031215615262575f5ffd5b61526b83615236565b946020939093013593505050565b5f5f6040838503121561528a575f5ffd5b61529383615236565b91506152a160208401615236565b90509250929050565b5f60c08284031215615215575f5ffd5b80356001600160401b038116811461524c575f5ffd5b5f60608284031215615215575f5ffd5b5f5f83601f8401126152f0575f5ffd5b5081356001600160401b03811115615306575f5ffd5b60208301915083602082850101111561531d575f5ffd5b9250929050565b5f5f5f5f5f5f5f5f5f5f6101e08b8d03121561533e575f5ffd5b6153478b615236565b99506153568c60208d016152aa565b985061536460e08c016152ba565b97506153736101008c01615236565b96506153838c6101208d016152d0565b95506101808b01356001600160401b0381111561539e575f5ffd5b6153aa8d828e016152e0565b90965094506153be90506101a08c016152ba565b92506101c08b01356001600160401b038111156153d9575f5ffd5b6153e58d828e016152e0565b915080935050809150509295989b9194979a5092959850565b5f6020828403121561540e575f5ffd5b610d0282615236565b5f5f5f5f5f5f610180878903121561542d575f5ffd5b61543788886152aa565b955061544560c088016152ba565b945061545360e08801615236565b93506154638861010089016152d0565b92506101608701356001600160401b0381111561547e575f5ffd5b61548a89828a016152e0565b979a9699509497509295939492505050565b5f5f602083850312156154ad575f5ffd5b82356001600160401b038111156154c2575f5ffd5b8301601f810185136154d2575f5ffd5b80356001600160401b038111156154e7575f5ffd5b85602060c0830284010111156154fb575f5ffd5b6020919091019590945092505050565b5f5f83601f84011261551b575f5ffd5b5081356001600160401b03811115615531575f5ffd5b6020830191508360208260051b850101111561531d575f5ffd5b5f5f5f5f5f5f5f5f610240898b031215615563575f5ffd5b883597506155748a60208b01615204565b96506101208901356001600160401b0381111561558f575f5ffd5b61559b8b828c016152e0565b90975095506155b090508a6101408b016152aa565b93506155bf6102008a016152ba565b92506102208901356001600160401b038111156155da575f5ffd5b6155e68b828c0161550b565b999c989b5096995094979396929594505050565b5f5f5f5f5f5f6060878903121561560f575f5ffd5b86356001600160401b03811115615624575f5ffd5b61563089828a0161550b565b90975095505060208701356001600160401b0381111561564e575f5ffd5b8701601f8101891361565e575f5ffd5b80356001600160401b03811115615673575f5ffd5b896020606083028401011115615687575f5ffd5b6020919091019450925060408701356001600160401b038111156156a9575f5ffd5b61548a89828a0161550b565b5f5f5f5f608085870312156156c8575f5ffd5b6156d185615236565b93506156df60208601615236565b92506156ed60408601615236565b91506156fb606086016152ba565b905092959194509250565b5f5f60408385031215615717575f5ffd5b823560ff8116811461526b575f5ffd5b5f5f5f5f60a0858703121561573a575f5ffd5b8435935061574b86602087016152d0565b925060808501356001600160401b03811115615765575f5ffd5b615771878288016152e0565b95989497509550505050565b5f5f5f5f6101208587031215615791575f5ffd5b61579a85615236565b93506157a860208601615236565b92506157b786604087016152aa565b91506156fb61010086016152ba565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610d1b57610d1b6157c6565b5f602082840312156157fd575f5ffd5b5051919050565b81810381811115610d1b57610d1b6157c6565b8082028115828204841417610d1b57610d1b6157c6565b6001600160401b038181168382160190811115610d1b57610d1b6157c6565b5f6020828403121561585d575f5ffd5b610d02826152ba565b634e487b7160e01b5f52603260045260245ffd5b6001600160a01b0393841681529190921660208201526001600160401b03909116604082015260600190565b5f5f8335601e198436030181126158bb575f5ffd5b8301803591506001600160401b038211156158d4575f5ffd5b60200191503681900382131561531d575f5ffd5b63ffffffff871681528560208201526001600160401b038516604082015283606082015260a060808201528160a0820152818360c08301375f81830160c090810191909152601f909201601f1916010195945050505050565b5f60018201615952576159526157c6565b5060010190565b5f8261597357634e487b7160e01b5f52601260045260245ffd5b500490565b82815261012081016001600160a01b0361599184615236565b16602083015260018060a01b036159aa60208501615236565b16604083015260018060a01b036159c360408501615236565b1660608301525f60608401359050806080840152506159e4608084016152ba565b6001600160401b03811660a08401525060a083013560c08381019190915283013560e080840191909152615a199084016152ba565b6001600160401b038116610100840152509392505050565b634e487b7160e01b5f52602160045260245ffd5b5f81615a5357615a536157c6565b505f190190565b6001600160401b038181168382160290811690818114615a7c57615a7c6157c6565b5092915050565b6001600160401b038681168252853560208084019190915260e083019190615aac9088016152ba565b166040838101919091529590950135606082015260808101939093526001600160401b039190911660a08301526001600160a01b031660c090910152919050565b634e487b7160e01b5f52604160045260245ffd5b5f82518060208501845e5f92019182525091905056fea164736f6c634300081e000a",
}

// PlasmaChain is an auto generated Go binding around an Ethereum contract.
type PlasmaChain struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *PlasmaChain) GetABI() abi.ABI {
	return c.abi
}

// NewPlasmaChain creates a new instance of PlasmaChain.
func NewPlasmaChain() *PlasmaChain {
	parsed, err := PlasmaChainMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &PlasmaChain{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *PlasmaChain) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor((address,uint64,uint256,uint256,uint256,uint64,uint64,uint64,uint64,uint64,uint64,uint64) c) returns()
func (plasmaChain *PlasmaChain) PackConstructor(c PlasmaChainConfig) []byte {
	enc, err := plasmaChain.abi.Pack("", c)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackFREEZECOMMITGAP is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4185b6a2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FREEZE_COMMIT_GAP() view returns(uint8)
func (plasmaChain *PlasmaChain) PackFREEZECOMMITGAP() []byte {
	enc, err := plasmaChain.abi.Pack("FREEZE_COMMIT_GAP")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFREEZECOMMITGAP is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4185b6a2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FREEZE_COMMIT_GAP() view returns(uint8)
func (plasmaChain *PlasmaChain) TryPackFREEZECOMMITGAP() ([]byte, error) {
	return plasmaChain.abi.Pack("FREEZE_COMMIT_GAP")
}

// UnpackFREEZECOMMITGAP is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4185b6a2.
//
// Solidity: function FREEZE_COMMIT_GAP() view returns(uint8)
func (plasmaChain *PlasmaChain) UnpackFREEZECOMMITGAP(data []byte) (uint8, error) {
	out, err := plasmaChain.abi.Unpack("FREEZE_COMMIT_GAP", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackFREEZEOPSTIMEOUT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc0a2abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FREEZE_OPS_TIMEOUT() view returns(uint8)
func (plasmaChain *PlasmaChain) PackFREEZEOPSTIMEOUT() []byte {
	enc, err := plasmaChain.abi.Pack("FREEZE_OPS_TIMEOUT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFREEZEOPSTIMEOUT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc0a2abb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FREEZE_OPS_TIMEOUT() view returns(uint8)
func (plasmaChain *PlasmaChain) TryPackFREEZEOPSTIMEOUT() ([]byte, error) {
	return plasmaChain.abi.Pack("FREEZE_OPS_TIMEOUT")
}

// UnpackFREEZEOPSTIMEOUT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc0a2abb.
//
// Solidity: function FREEZE_OPS_TIMEOUT() view returns(uint8)
func (plasmaChain *PlasmaChain) UnpackFREEZEOPSTIMEOUT(data []byte) (uint8, error) {
	out, err := plasmaChain.abi.Unpack("FREEZE_OPS_TIMEOUT", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackFREEZEREQUEST is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7c388ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FREEZE_REQUEST() view returns(uint8)
func (plasmaChain *PlasmaChain) PackFREEZEREQUEST() []byte {
	enc, err := plasmaChain.abi.Pack("FREEZE_REQUEST")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFREEZEREQUEST is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7c388ca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FREEZE_REQUEST() view returns(uint8)
func (plasmaChain *PlasmaChain) TryPackFREEZEREQUEST() ([]byte, error) {
	return plasmaChain.abi.Pack("FREEZE_REQUEST")
}

// UnpackFREEZEREQUEST is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb7c388ca.
//
// Solidity: function FREEZE_REQUEST() view returns(uint8)
func (plasmaChain *PlasmaChain) UnpackFREEZEREQUEST(data []byte) (uint8, error) {
	out, err := plasmaChain.abi.Unpack("FREEZE_REQUEST", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackAnswerGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e6218ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function answerGas() view returns(uint64)
func (plasmaChain *PlasmaChain) PackAnswerGas() []byte {
	enc, err := plasmaChain.abi.Pack("answerGas")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnswerGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e6218ca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function answerGas() view returns(uint64)
func (plasmaChain *PlasmaChain) TryPackAnswerGas() ([]byte, error) {
	return plasmaChain.abi.Pack("answerGas")
}

// UnpackAnswerGas is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1e6218ca.
//
// Solidity: function answerGas() view returns(uint64)
func (plasmaChain *PlasmaChain) UnpackAnswerGas(data []byte) (uint64, error) {
	out, err := plasmaChain.abi.Unpack("answerGas", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackAnswerProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5fade29.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function answerProof(uint256 requestId, (uint256,uint64,uint256) leaf, bytes proof) returns()
func (plasmaChain *PlasmaChain) PackAnswerProof(requestId *big.Int, leaf PlasmaChainLeaf, proof []byte) []byte {
	enc, err := plasmaChain.abi.Pack("answerProof", requestId, leaf, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnswerProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5fade29.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function answerProof(uint256 requestId, (uint256,uint64,uint256) leaf, bytes proof) returns()
func (plasmaChain *PlasmaChain) TryPackAnswerProof(requestId *big.Int, leaf PlasmaChainLeaf, proof []byte) ([]byte, error) {
	return plasmaChain.abi.Pack("answerProof", requestId, leaf, proof)
}

// PackAnswerProofs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xabfa5c55.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function answerProofs(uint256[] requestIds, (uint256,uint64,uint256)[] leaves, bytes[] proofs) returns()
func (plasmaChain *PlasmaChain) PackAnswerProofs(requestIds []*big.Int, leaves []PlasmaChainLeaf, proofs [][]byte) []byte {
	enc, err := plasmaChain.abi.Pack("answerProofs", requestIds, leaves, proofs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnswerProofs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xabfa5c55.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function answerProofs(uint256[] requestIds, (uint256,uint64,uint256)[] leaves, bytes[] proofs) returns()
func (plasmaChain *PlasmaChain) TryPackAnswerProofs(requestIds []*big.Int, leaves []PlasmaChainLeaf, proofs [][]byte) ([]byte, error) {
	return plasmaChain.abi.Pack("answerProofs", requestIds, leaves, proofs)
}

// PackBlockHashes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34cdf78d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blockHashes(uint256 ) view returns(bytes32)
func (plasmaChain *PlasmaChain) PackBlockHashes(arg0 *big.Int) []byte {
	enc, err := plasmaChain.abi.Pack("blockHashes", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlockHashes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34cdf78d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blockHashes(uint256 ) view returns(bytes32)
func (plasmaChain *PlasmaChain) TryPackBlockHashes(arg0 *big.Int) ([]byte, error) {
	return plasmaChain.abi.Pack("blockHashes", arg0)
}

// UnpackBlockHashes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x34cdf78d.
//
// Solidity: function blockHashes(uint256 ) view returns(bytes32)
func (plasmaChain *PlasmaChain) UnpackBlockHashes(data []byte) ([32]byte, error) {
	out, err := plasmaChain.abi.Unpack("blockHashes", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackChallengeExit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a0539cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeExit(uint256 exitId, (address,address,address,uint256,uint64,uint256,uint256,uint64) t, bytes signature, (uint64,bytes32,bytes32,uint64,bytes32,uint64) spendHeader, uint64 committedAt, bytes32[] txProof) returns()
func (plasmaChain *PlasmaChain) PackChallengeExit(exitId *big.Int, t PlasmaChainTransfer, signature []byte, spendHeader PlasmaChainHeader, committedAt uint64, txProof [][32]byte) []byte {
	enc, err := plasmaChain.abi.Pack("challengeExit", exitId, t, signature, spendHeader, committedAt, txProof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeExit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a0539cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeExit(uint256 exitId, (address,address,address,uint256,uint64,uint256,uint256,uint64) t, bytes signature, (uint64,bytes32,bytes32,uint64,bytes32,uint64) spendHeader, uint64 committedAt, bytes32[] txProof) returns()
func (plasmaChain *PlasmaChain) TryPackChallengeExit(exitId *big.Int, t PlasmaChainTransfer, signature []byte, spendHeader PlasmaChainHeader, committedAt uint64, txProof [][32]byte) ([]byte, error) {
	return plasmaChain.abi.Pack("challengeExit", exitId, t, signature, spendHeader, committedAt, txProof)
}

// PackChallengePeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3f480d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengePeriod() view returns(uint64)
func (plasmaChain *PlasmaChain) PackChallengePeriod() []byte {
	enc, err := plasmaChain.abi.Pack("challengePeriod")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengePeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3f480d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengePeriod() view returns(uint64)
func (plasmaChain *PlasmaChain) TryPackChallengePeriod() ([]byte, error) {
	return plasmaChain.abi.Pack("challengePeriod")
}

// UnpackChallengePeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf3f480d9.
//
// Solidity: function challengePeriod() view returns(uint64)
func (plasmaChain *PlasmaChain) UnpackChallengePeriod(data []byte) (uint64, error) {
	out, err := plasmaChain.abi.Unpack("challengePeriod", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackChallengeReward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ea0c15e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeReward() view returns(uint256)
func (plasmaChain *PlasmaChain) PackChallengeReward() []byte {
	enc, err := plasmaChain.abi.Pack("challengeReward")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeReward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ea0c15e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeReward() view returns(uint256)
func (plasmaChain *PlasmaChain) TryPackChallengeReward() ([]byte, error) {
	return plasmaChain.abi.Pack("challengeReward")
}

// UnpackChallengeReward is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3ea0c15e.
//
// Solidity: function challengeReward() view returns(uint256)
func (plasmaChain *PlasmaChain) UnpackChallengeReward(data []byte) (*big.Int, error) {
	out, err := plasmaChain.abi.Unpack("challengeReward", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCommitBlocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x662e9188.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitBlocks((uint64,bytes32,bytes32,uint64,bytes32,uint64)[] headers) returns()
func (plasmaChain *PlasmaChain) PackCommitBlocks(headers []PlasmaChainHeader) []byte {
	enc, err := plasmaChain.abi.Pack("commitBlocks", headers)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitBlocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x662e9188.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitBlocks((uint64,bytes32,bytes32,uint64,bytes32,uint64)[] headers) returns()
func (plasmaChain *PlasmaChain) TryPackCommitBlocks(headers []PlasmaChainHeader) ([]byte, error) {
	return plasmaChain.abi.Pack("commitBlocks", headers)
}

// PackCommittedCursor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31e1049b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function committedCursor() view returns(uint64)
func (plasmaChain *PlasmaChain) PackCommittedCursor() []byte {
	enc, err := plasmaChain.abi.Pack("committedCursor")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommittedCursor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31e1049b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function committedCursor() view returns(uint64)
func (plasmaChain *PlasmaChain) TryPackCommittedCursor() ([]byte, error) {
	return plasmaChain.abi.Pack("committedCursor")
}

// UnpackCommittedCursor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x31e1049b.
//
// Solidity: function committedCursor() view returns(uint64)
func (plasmaChain *PlasmaChain) UnpackCommittedCursor(data []byte) (uint64, error) {
	out, err := plasmaChain.abi.Unpack("committedCursor", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDeployTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a40624b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deployTime() view returns(uint64)
func (plasmaChain *PlasmaChain) PackDeployTime() []byte {
	enc, err := plasmaChain.abi.Pack("deployTime")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeployTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a40624b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deployTime() view returns(uint64)
func (plasmaChain *PlasmaChain) TryPackDeployTime() ([]byte, error) {
	return plasmaChain.abi.Pack("deployTime")
}

// UnpackDeployTime is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7a40624b.
//
// Solidity: function deployTime() view returns(uint64)
func (plasmaChain *PlasmaChain) UnpackDeployTime(data []byte) (uint64, error) {
	out, err := plasmaChain.abi.Unpack("deployTime", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0e30db0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit() payable returns()
func (plasmaChain *PlasmaChain) PackDeposit() []byte {
	enc, err := plasmaChain.abi.Pack("deposit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0e30db0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit() payable returns()
func (plasmaChain *PlasmaChain) TryPackDeposit() ([]byte, error) {
	return plasmaChain.abi.Pack("deposit")
}

// PackDepositToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x338b5dea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositToken(address token, uint256 amount) returns()
func (plasmaChain *PlasmaChain) PackDepositToken(token common.Address, amount *big.Int) []byte {
	enc, err := plasmaChain.abi.Pack("depositToken", token, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x338b5dea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositToken(address token, uint256 amount) returns()
func (plasmaChain *PlasmaChain) TryPackDepositToken(token common.Address, amount *big.Int) ([]byte, error) {
	return plasmaChain.abi.Pack("depositToken", token, amount)
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (plasmaChain *PlasmaChain) PackDomainSeparator() []byte {
	enc, err := plasmaChain.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (plasmaChain *PlasmaChain) TryPackDomainSeparator() ([]byte, error) {
	return plasmaChain.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (plasmaChain *PlasmaChain) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := plasmaChain.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackExitAuthorizationDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb33a955b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exitAuthorizationDigest(address owner, address token, address executor, uint64 deadline) view returns(bytes32)
func (plasmaChain *PlasmaChain) PackExitAuthorizationDigest(owner common.Address, token common.Address, executor common.Address, deadline uint64) []byte {
	enc, err := plasmaChain.abi.Pack("exitAuthorizationDigest", owner, token, executor, deadline)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExitAuthorizationDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb33a955b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exitAuthorizationDigest(address owner, address token, address executor, uint64 deadline) view returns(bytes32)
func (plasmaChain *PlasmaChain) TryPackExitAuthorizationDigest(owner common.Address, token common.Address, executor common.Address, deadline uint64) ([]byte, error) {
	return plasmaChain.abi.Pack("exitAuthorizationDigest", owner, token, executor, deadline)
}

// UnpackExitAuthorizationDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb33a955b.
//
// Solidity: function exitAuthorizationDigest(address owner, address token, address executor, uint64 deadline) view returns(bytes32)
func (plasmaChain *PlasmaChain) UnpackExitAuthorizationDigest(data []byte) ([32]byte, error) {
	out, err := plasmaChain.abi.Unpack("exitAuthorizationDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackExitBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29c902aa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exitBond() view returns(uint256)
func (plasmaChain *PlasmaChain) PackExitBond() []byte {
	enc, err := plasmaChain.abi.Pack("exitBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExitBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29c902aa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exitBond() view returns(uint256)
func (plasmaChain *PlasmaChain) TryPackExitBond() ([]byte, error) {
	return plasmaChain.abi.Pack("exitBond")
}

// UnpackExitBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x29c902aa.
//
// Solidity: function exitBond() view returns(uint256)
func (plasmaChain *PlasmaChain) UnpackExitBond(data []byte) (*big.Int, error) {
	out, err := plasmaChain.abi.Unpack("exitBond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackExitableAtOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46138e1a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exitableAtOf(uint256 exitId) view returns(uint64)
func (plasmaChain *PlasmaChain) PackExitableAtOf(exitId *big.Int) []byte {
	enc, err := plasmaChain.abi.Pack("exitableAtOf", exitId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExitableAtOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46138e1a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exitableAtOf(uint256 exitId) view returns(uint64)
func (plasmaChain *PlasmaChain) TryPackExitableAtOf(exitId *big.Int) ([]byte, error) {
	return plasmaChain.abi.Pack("exitableAtOf", exitId)
}

// UnpackExitableAtOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x46138e1a.
//
// Solidity: function exitableAtOf(uint256 exitId) view returns(uint64)
func (plasmaChain *PlasmaChain) UnpackExitableAtOf(data []byte) (uint64, error) {
	out, err := plasmaChain.abi.Unpack("exitableAtOf", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackExitedNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd96255b6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exitedNonce(address owner, address token) view returns(uint64)
func (plasmaChain *PlasmaChain) PackExitedNonce(owner common.Address, token common.Address) []byte {
	enc, err := plasmaChain.abi.Pack("exitedNonce", owner, token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExitedNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd96255b6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exitedNonce(address owner, address token) view returns(uint64)
func (plasmaChain *PlasmaChain) TryPackExitedNonce(owner common.Address, token common.Address) ([]byte, error) {
	return plasmaChain.abi.Pack("exitedNonce", owner, token)
}

// UnpackExitedNonce is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd96255b6.
//
// Solidity: function exitedNonce(address owner, address token) view returns(uint64)
func (plasmaChain *PlasmaChain) UnpackExitedNonce(data []byte) (uint64, error) {
	out, err := plasmaChain.abi.Unpack("exitedNonce", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackFinalizeExits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa85c682a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalizeExits(address token, uint256 max) returns(uint256 done)
func (plasmaChain *PlasmaChain) PackFinalizeExits(token common.Address, max *big.Int) []byte {
	enc, err := plasmaChain.abi.Pack("finalizeExits", token, max)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalizeExits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa85c682a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalizeExits(address token, uint256 max) returns(uint256 done)
func (plasmaChain *PlasmaChain) TryPackFinalizeExits(token common.Address, max *big.Int) ([]byte, error) {
	return plasmaChain.abi.Pack("finalizeExits", token, max)
}

// UnpackFinalizeExits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa85c682a.
//
// Solidity: function finalizeExits(address token, uint256 max) returns(uint256 done)
func (plasmaChain *PlasmaChain) UnpackFinalizeExits(data []byte) (*big.Int, error) {
	out, err := plasmaChain.abi.Unpack("finalizeExits", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFreeze is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc700dae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function freeze(uint8 reason, uint256 id) returns()
func (plasmaChain *PlasmaChain) PackFreeze(reason uint8, id *big.Int) []byte {
	enc, err := plasmaChain.abi.Pack("freeze", reason, id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFreeze is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc700dae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function freeze(uint8 reason, uint256 id) returns()
func (plasmaChain *PlasmaChain) TryPackFreeze(reason uint8, id *big.Int) ([]byte, error) {
	return plasmaChain.abi.Pack("freeze", reason, id)
}

// PackFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x054f7d9c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function frozen() view returns(bool)
func (plasmaChain *PlasmaChain) PackFrozen() []byte {
	enc, err := plasmaChain.abi.Pack("frozen")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x054f7d9c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function frozen() view returns(bool)
func (plasmaChain *PlasmaChain) TryPackFrozen() ([]byte, error) {
	return plasmaChain.abi.Pack("frozen")
}

// UnpackFrozen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x054f7d9c.
//
// Solidity: function frozen() view returns(bool)
func (plasmaChain *PlasmaChain) UnpackFrozen(data []byte) (bool, error) {
	out, err := plasmaChain.abi.Unpack("frozen", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLastBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x806b984f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastBlock() view returns(uint64)
func (plasmaChain *PlasmaChain) PackLastBlock() []byte {
	enc, err := plasmaChain.abi.Pack("lastBlock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x806b984f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastBlock() view returns(uint64)
func (plasmaChain *PlasmaChain) TryPackLastBlock() ([]byte, error) {
	return plasmaChain.abi.Pack("lastBlock")
}

// UnpackLastBlock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x806b984f.
//
// Solidity: function lastBlock() view returns(uint64)
func (plasmaChain *PlasmaChain) UnpackLastBlock(data []byte) (uint64, error) {
	out, err := plasmaChain.abi.Unpack("lastBlock", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackLastCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97f01d78.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastCommit() view returns(uint64 committedAt, uint64 timestamp)
func (plasmaChain *PlasmaChain) PackLastCommit() []byte {
	enc, err := plasmaChain.abi.Pack("lastCommit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97f01d78.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastCommit() view returns(uint64 committedAt, uint64 timestamp)
func (plasmaChain *PlasmaChain) TryPackLastCommit() ([]byte, error) {
	return plasmaChain.abi.Pack("lastCommit")
}

// LastCommitOutput serves as a container for the return parameters of contract
// method LastCommit.
type LastCommitOutput struct {
	CommittedAt uint64
	Timestamp   uint64
}

// UnpackLastCommit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x97f01d78.
//
// Solidity: function lastCommit() view returns(uint64 committedAt, uint64 timestamp)
func (plasmaChain *PlasmaChain) UnpackLastCommit(data []byte) (LastCommitOutput, error) {
	out, err := plasmaChain.abi.Unpack("lastCommit", data)
	outstruct := new(LastCommitOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.CommittedAt = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Timestamp = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackLiabilities is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb01083e2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function liabilities(address ) view returns(uint256)
func (plasmaChain *PlasmaChain) PackLiabilities(arg0 common.Address) []byte {
	enc, err := plasmaChain.abi.Pack("liabilities", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLiabilities is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb01083e2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function liabilities(address ) view returns(uint256)
func (plasmaChain *PlasmaChain) TryPackLiabilities(arg0 common.Address) ([]byte, error) {
	return plasmaChain.abi.Pack("liabilities", arg0)
}

// UnpackLiabilities is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb01083e2.
//
// Solidity: function liabilities(address ) view returns(uint256)
func (plasmaChain *PlasmaChain) UnpackLiabilities(data []byte) (*big.Int, error) {
	out, err := plasmaChain.abi.Unpack("liabilities", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMaxCommitGap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9998ea5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxCommitGap() view returns(uint64)
func (plasmaChain *PlasmaChain) PackMaxCommitGap() []byte {
	enc, err := plasmaChain.abi.Pack("maxCommitGap")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxCommitGap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9998ea5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxCommitGap() view returns(uint64)
func (plasmaChain *PlasmaChain) TryPackMaxCommitGap() ([]byte, error) {
	return plasmaChain.abi.Pack("maxCommitGap")
}

// UnpackMaxCommitGap is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9998ea5.
//
// Solidity: function maxCommitGap() view returns(uint64)
func (plasmaChain *PlasmaChain) UnpackMaxCommitGap(data []byte) (uint64, error) {
	out, err := plasmaChain.abi.Unpack("maxCommitGap", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMaxSealLag is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x749f94da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxSealLag() view returns(uint64)
func (plasmaChain *PlasmaChain) PackMaxSealLag() []byte {
	enc, err := plasmaChain.abi.Pack("maxSealLag")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxSealLag is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x749f94da.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxSealLag() view returns(uint64)
func (plasmaChain *PlasmaChain) TryPackMaxSealLag() ([]byte, error) {
	return plasmaChain.abi.Pack("maxSealLag")
}

// UnpackMaxSealLag is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x749f94da.
//
// Solidity: function maxSealLag() view returns(uint64)
func (plasmaChain *PlasmaChain) UnpackMaxSealLag(data []byte) (uint64, error) {
	out, err := plasmaChain.abi.Unpack("maxSealLag", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMinRequestBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50b03456.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minRequestBond() view returns(uint256)
func (plasmaChain *PlasmaChain) PackMinRequestBond() []byte {
	enc, err := plasmaChain.abi.Pack("minRequestBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinRequestBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50b03456.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minRequestBond() view returns(uint256)
func (plasmaChain *PlasmaChain) TryPackMinRequestBond() ([]byte, error) {
	return plasmaChain.abi.Pack("minRequestBond")
}

// UnpackMinRequestBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x50b03456.
//
// Solidity: function minRequestBond() view returns(uint256)
func (plasmaChain *PlasmaChain) UnpackMinRequestBond(data []byte) (*big.Int, error) {
	out, err := plasmaChain.abi.Unpack("minRequestBond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOpTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x174a853b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function opTime(uint256 index) view returns(uint64)
func (plasmaChain *PlasmaChain) PackOpTime(index *big.Int) []byte {
	enc, err := plasmaChain.abi.Pack("opTime", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x174a853b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function opTime(uint256 index) view returns(uint64)
func (plasmaChain *PlasmaChain) TryPackOpTime(index *big.Int) ([]byte, error) {
	return plasmaChain.abi.Pack("opTime", index)
}

// UnpackOpTime is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x174a853b.
//
// Solidity: function opTime(uint256 index) view returns(uint64)
func (plasmaChain *PlasmaChain) UnpackOpTime(data []byte) (uint64, error) {
	out, err := plasmaChain.abi.Unpack("opTime", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackOpenExit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93bf014c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openExit(address owner, address token) view returns(uint256 exitId, uint64 nonce, uint64 opsCursor, uint256 balance, uint256 spent, uint256 amount, address bondPayer, address challenger)
func (plasmaChain *PlasmaChain) PackOpenExit(owner common.Address, token common.Address) []byte {
	enc, err := plasmaChain.abi.Pack("openExit", owner, token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenExit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93bf014c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openExit(address owner, address token) view returns(uint256 exitId, uint64 nonce, uint64 opsCursor, uint256 balance, uint256 spent, uint256 amount, address bondPayer, address challenger)
func (plasmaChain *PlasmaChain) TryPackOpenExit(owner common.Address, token common.Address) ([]byte, error) {
	return plasmaChain.abi.Pack("openExit", owner, token)
}

// OpenExitOutput serves as a container for the return parameters of contract
// method OpenExit.
type OpenExitOutput struct {
	ExitId     *big.Int
	Nonce      uint64
	OpsCursor  uint64
	Balance    *big.Int
	Spent      *big.Int
	Amount     *big.Int
	BondPayer  common.Address
	Challenger common.Address
}

// UnpackOpenExit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x93bf014c.
//
// Solidity: function openExit(address owner, address token) view returns(uint256 exitId, uint64 nonce, uint64 opsCursor, uint256 balance, uint256 spent, uint256 amount, address bondPayer, address challenger)
func (plasmaChain *PlasmaChain) UnpackOpenExit(data []byte) (OpenExitOutput, error) {
	out, err := plasmaChain.abi.Unpack("openExit", data)
	outstruct := new(OpenExitOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.ExitId = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Nonce = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.OpsCursor = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	outstruct.Balance = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.Spent = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	outstruct.Amount = abi.ConvertType(out[5], new(big.Int)).(*big.Int)
	outstruct.BondPayer = *abi.ConvertType(out[6], new(common.Address)).(*common.Address)
	outstruct.Challenger = *abi.ConvertType(out[7], new(common.Address)).(*common.Address)
	return *outstruct, nil
}

// PackOpenRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05115b3c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openRequest(bytes32 ) view returns(uint256)
func (plasmaChain *PlasmaChain) PackOpenRequest(arg0 [32]byte) []byte {
	enc, err := plasmaChain.abi.Pack("openRequest", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05115b3c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openRequest(bytes32 ) view returns(uint256)
func (plasmaChain *PlasmaChain) TryPackOpenRequest(arg0 [32]byte) ([]byte, error) {
	return plasmaChain.abi.Pack("openRequest", arg0)
}

// UnpackOpenRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x05115b3c.
//
// Solidity: function openRequest(bytes32 ) view returns(uint256)
func (plasmaChain *PlasmaChain) UnpackOpenRequest(data []byte) (*big.Int, error) {
	out, err := plasmaChain.abi.Unpack("openRequest", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x570ca735.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function operator() view returns(address)
func (plasmaChain *PlasmaChain) PackOperator() []byte {
	enc, err := plasmaChain.abi.Pack("operator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x570ca735.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function operator() view returns(address)
func (plasmaChain *PlasmaChain) TryPackOperator() ([]byte, error) {
	return plasmaChain.abi.Pack("operator")
}

// UnpackOperator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x570ca735.
//
// Solidity: function operator() view returns(address)
func (plasmaChain *PlasmaChain) UnpackOperator(data []byte) (common.Address, error) {
	out, err := plasmaChain.abi.Unpack("operator", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOpsCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb1af18a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function opsCount() view returns(uint64)
func (plasmaChain *PlasmaChain) PackOpsCount() []byte {
	enc, err := plasmaChain.abi.Pack("opsCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpsCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb1af18a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function opsCount() view returns(uint64)
func (plasmaChain *PlasmaChain) TryPackOpsCount() ([]byte, error) {
	return plasmaChain.abi.Pack("opsCount")
}

// UnpackOpsCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb1af18a.
//
// Solidity: function opsCount() view returns(uint64)
func (plasmaChain *PlasmaChain) UnpackOpsCount(data []byte) (uint64, error) {
	out, err := plasmaChain.abi.Unpack("opsCount", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackOpsHashAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f3b8958.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function opsHashAt(uint256 index) view returns(bytes32)
func (plasmaChain *PlasmaChain) PackOpsHashAt(index *big.Int) []byte {
	enc, err := plasmaChain.abi.Pack("opsHashAt", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpsHashAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f3b8958.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function opsHashAt(uint256 index) view returns(bytes32)
func (plasmaChain *PlasmaChain) TryPackOpsHashAt(index *big.Int) ([]byte, error) {
	return plasmaChain.abi.Pack("opsHashAt", index)
}

// UnpackOpsHashAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3f3b8958.
//
// Solidity: function opsHashAt(uint256 index) view returns(bytes32)
func (plasmaChain *PlasmaChain) UnpackOpsHashAt(data []byte) ([32]byte, error) {
	out, err := plasmaChain.abi.Unpack("opsHashAt", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOpsRing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28dc9fec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function opsRing() view returns(uint256)
func (plasmaChain *PlasmaChain) PackOpsRing() []byte {
	enc, err := plasmaChain.abi.Pack("opsRing")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpsRing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28dc9fec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function opsRing() view returns(uint256)
func (plasmaChain *PlasmaChain) TryPackOpsRing() ([]byte, error) {
	return plasmaChain.abi.Pack("opsRing")
}

// UnpackOpsRing is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x28dc9fec.
//
// Solidity: function opsRing() view returns(uint256)
func (plasmaChain *PlasmaChain) UnpackOpsRing(data []byte) (*big.Int, error) {
	out, err := plasmaChain.abi.Unpack("opsRing", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOpsTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaeb2553f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function opsTimeout() view returns(uint64)
func (plasmaChain *PlasmaChain) PackOpsTimeout() []byte {
	enc, err := plasmaChain.abi.Pack("opsTimeout")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpsTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaeb2553f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function opsTimeout() view returns(uint64)
func (plasmaChain *PlasmaChain) TryPackOpsTimeout() ([]byte, error) {
	return plasmaChain.abi.Pack("opsTimeout")
}

// UnpackOpsTimeout is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaeb2553f.
//
// Solidity: function opsTimeout() view returns(uint64)
func (plasmaChain *PlasmaChain) UnpackOpsTimeout(data []byte) (uint64, error) {
	out, err := plasmaChain.abi.Unpack("opsTimeout", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackQueueHead is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5385b100.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queueHead(address token) view returns(uint256 exitId, address owner)
func (plasmaChain *PlasmaChain) PackQueueHead(token common.Address) []byte {
	enc, err := plasmaChain.abi.Pack("queueHead", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQueueHead is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5385b100.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function queueHead(address token) view returns(uint256 exitId, address owner)
func (plasmaChain *PlasmaChain) TryPackQueueHead(token common.Address) ([]byte, error) {
	return plasmaChain.abi.Pack("queueHead", token)
}

// QueueHeadOutput serves as a container for the return parameters of contract
// method QueueHead.
type QueueHeadOutput struct {
	ExitId *big.Int
	Owner  common.Address
}

// UnpackQueueHead is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5385b100.
//
// Solidity: function queueHead(address token) view returns(uint256 exitId, address owner)
func (plasmaChain *PlasmaChain) UnpackQueueHead(data []byte) (QueueHeadOutput, error) {
	out, err := plasmaChain.abi.Unpack("queueHead", data)
	outstruct := new(QueueHeadOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.ExitId = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Owner = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	return *outstruct, nil
}

// PackQueueLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1d39ede.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queueLength(address token) view returns(uint256)
func (plasmaChain *PlasmaChain) PackQueueLength(token common.Address) []byte {
	enc, err := plasmaChain.abi.Pack("queueLength", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQueueLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1d39ede.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function queueLength(address token) view returns(uint256)
func (plasmaChain *PlasmaChain) TryPackQueueLength(token common.Address) ([]byte, error) {
	return plasmaChain.abi.Pack("queueLength", token)
}

// UnpackQueueLength is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb1d39ede.
//
// Solidity: function queueLength(address token) view returns(uint256)
func (plasmaChain *PlasmaChain) UnpackQueueLength(data []byte) (*big.Int, error) {
	out, err := plasmaChain.abi.Unpack("queueLength", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReclaimRequestBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d0d7401.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reclaimRequestBond(uint256 requestId) returns()
func (plasmaChain *PlasmaChain) PackReclaimRequestBond(requestId *big.Int) []byte {
	enc, err := plasmaChain.abi.Pack("reclaimRequestBond", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReclaimRequestBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d0d7401.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reclaimRequestBond(uint256 requestId) returns()
func (plasmaChain *PlasmaChain) TryPackReclaimRequestBond(requestId *big.Int) ([]byte, error) {
	return plasmaChain.abi.Pack("reclaimRequestBond", requestId)
}

// PackRequestBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d21f296.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestBond() view returns(uint256)
func (plasmaChain *PlasmaChain) PackRequestBond() []byte {
	enc, err := plasmaChain.abi.Pack("requestBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d21f296.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestBond() view returns(uint256)
func (plasmaChain *PlasmaChain) TryPackRequestBond() ([]byte, error) {
	return plasmaChain.abi.Pack("requestBond")
}

// UnpackRequestBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3d21f296.
//
// Solidity: function requestBond() view returns(uint256)
func (plasmaChain *PlasmaChain) UnpackRequestBond(data []byte) (*big.Int, error) {
	out, err := plasmaChain.abi.Unpack("requestBond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRequestCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5badbe4c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestCount() view returns(uint256)
func (plasmaChain *PlasmaChain) PackRequestCount() []byte {
	enc, err := plasmaChain.abi.Pack("requestCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5badbe4c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestCount() view returns(uint256)
func (plasmaChain *PlasmaChain) TryPackRequestCount() ([]byte, error) {
	return plasmaChain.abi.Pack("requestCount")
}

// UnpackRequestCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5badbe4c.
//
// Solidity: function requestCount() view returns(uint256)
func (plasmaChain *PlasmaChain) UnpackRequestCount(data []byte) (*big.Int, error) {
	out, err := plasmaChain.abi.Unpack("requestCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRequestMaxAge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82ad5354.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestMaxAge() view returns(uint64)
func (plasmaChain *PlasmaChain) PackRequestMaxAge() []byte {
	enc, err := plasmaChain.abi.Pack("requestMaxAge")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestMaxAge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82ad5354.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestMaxAge() view returns(uint64)
func (plasmaChain *PlasmaChain) TryPackRequestMaxAge() ([]byte, error) {
	return plasmaChain.abi.Pack("requestMaxAge")
}

// UnpackRequestMaxAge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x82ad5354.
//
// Solidity: function requestMaxAge() view returns(uint64)
func (plasmaChain *PlasmaChain) UnpackRequestMaxAge(data []byte) (uint64, error) {
	out, err := plasmaChain.abi.Unpack("requestMaxAge", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackRequestProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1a21cfb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestProof(address owner, address token, (uint64,bytes32,bytes32,uint64,bytes32,uint64) header, uint64 committedAt) payable returns(uint256 id)
func (plasmaChain *PlasmaChain) PackRequestProof(owner common.Address, token common.Address, header PlasmaChainHeader, committedAt uint64) []byte {
	enc, err := plasmaChain.abi.Pack("requestProof", owner, token, header, committedAt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1a21cfb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestProof(address owner, address token, (uint64,bytes32,bytes32,uint64,bytes32,uint64) header, uint64 committedAt) payable returns(uint256 id)
func (plasmaChain *PlasmaChain) TryPackRequestProof(owner common.Address, token common.Address, header PlasmaChainHeader, committedAt uint64) ([]byte, error) {
	return plasmaChain.abi.Pack("requestProof", owner, token, header, committedAt)
}

// UnpackRequestProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd1a21cfb.
//
// Solidity: function requestProof(address owner, address token, (uint64,bytes32,bytes32,uint64,bytes32,uint64) header, uint64 committedAt) payable returns(uint256 id)
func (plasmaChain *PlasmaChain) UnpackRequestProof(data []byte) (*big.Int, error) {
	out, err := plasmaChain.abi.Unpack("requestProof", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRequests is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81d12c58.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requests(uint256 ) view returns(address requester, uint40 deadline, uint32 blockNumber, uint8 status, address owner, uint96 bond, address token, bytes32 stateRoot)
func (plasmaChain *PlasmaChain) PackRequests(arg0 *big.Int) []byte {
	enc, err := plasmaChain.abi.Pack("requests", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequests is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81d12c58.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requests(uint256 ) view returns(address requester, uint40 deadline, uint32 blockNumber, uint8 status, address owner, uint96 bond, address token, bytes32 stateRoot)
func (plasmaChain *PlasmaChain) TryPackRequests(arg0 *big.Int) ([]byte, error) {
	return plasmaChain.abi.Pack("requests", arg0)
}

// RequestsOutput serves as a container for the return parameters of contract
// method Requests.
type RequestsOutput struct {
	Requester   common.Address
	Deadline    *big.Int
	BlockNumber uint32
	Status      uint8
	Owner       common.Address
	Bond        *big.Int
	Token       common.Address
	StateRoot   [32]byte
}

// UnpackRequests is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x81d12c58.
//
// Solidity: function requests(uint256 ) view returns(address requester, uint40 deadline, uint32 blockNumber, uint8 status, address owner, uint96 bond, address token, bytes32 stateRoot)
func (plasmaChain *PlasmaChain) UnpackRequests(data []byte) (RequestsOutput, error) {
	out, err := plasmaChain.abi.Unpack("requests", data)
	outstruct := new(RequestsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Requester = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Deadline = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.BlockNumber = *abi.ConvertType(out[2], new(uint32)).(*uint32)
	outstruct.Status = *abi.ConvertType(out[3], new(uint8)).(*uint8)
	outstruct.Owner = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Bond = abi.ConvertType(out[5], new(big.Int)).(*big.Int)
	outstruct.Token = *abi.ConvertType(out[6], new(common.Address)).(*common.Address)
	outstruct.StateRoot = *abi.ConvertType(out[7], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackReserveOps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2df27c0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reserveOps(uint256 count) returns()
func (plasmaChain *PlasmaChain) PackReserveOps(count *big.Int) []byte {
	enc, err := plasmaChain.abi.Pack("reserveOps", count)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReserveOps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2df27c0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reserveOps(uint256 count) returns()
func (plasmaChain *PlasmaChain) TryPackReserveOps(count *big.Int) ([]byte, error) {
	return plasmaChain.abi.Pack("reserveOps", count)
}

// PackResponseWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeddada1c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function responseWindow() view returns(uint64)
func (plasmaChain *PlasmaChain) PackResponseWindow() []byte {
	enc, err := plasmaChain.abi.Pack("responseWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResponseWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeddada1c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function responseWindow() view returns(uint64)
func (plasmaChain *PlasmaChain) TryPackResponseWindow() ([]byte, error) {
	return plasmaChain.abi.Pack("responseWindow")
}

// UnpackResponseWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeddada1c.
//
// Solidity: function responseWindow() view returns(uint64)
func (plasmaChain *PlasmaChain) UnpackResponseWindow(data []byte) (uint64, error) {
	out, err := plasmaChain.abi.Unpack("responseWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackSpentFloor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a1d2a80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function spentFloor(address owner, address token) view returns(uint256)
func (plasmaChain *PlasmaChain) PackSpentFloor(owner common.Address, token common.Address) []byte {
	enc, err := plasmaChain.abi.Pack("spentFloor", owner, token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSpentFloor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a1d2a80.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function spentFloor(address owner, address token) view returns(uint256)
func (plasmaChain *PlasmaChain) TryPackSpentFloor(owner common.Address, token common.Address) ([]byte, error) {
	return plasmaChain.abi.Pack("spentFloor", owner, token)
}

// UnpackSpentFloor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3a1d2a80.
//
// Solidity: function spentFloor(address owner, address token) view returns(uint256)
func (plasmaChain *PlasmaChain) UnpackSpentFloor(data []byte) (*big.Int, error) {
	out, err := plasmaChain.abi.Unpack("spentFloor", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackStartExit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64e98c25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function startExit((uint64,bytes32,bytes32,uint64,bytes32,uint64) header, uint64 committedAt, address token, (uint256,uint64,uint256) leaf, bytes proof) payable returns()
func (plasmaChain *PlasmaChain) PackStartExit(header PlasmaChainHeader, committedAt uint64, token common.Address, leaf PlasmaChainLeaf, proof []byte) []byte {
	enc, err := plasmaChain.abi.Pack("startExit", header, committedAt, token, leaf, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStartExit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64e98c25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function startExit((uint64,bytes32,bytes32,uint64,bytes32,uint64) header, uint64 committedAt, address token, (uint256,uint64,uint256) leaf, bytes proof) payable returns()
func (plasmaChain *PlasmaChain) TryPackStartExit(header PlasmaChainHeader, committedAt uint64, token common.Address, leaf PlasmaChainLeaf, proof []byte) ([]byte, error) {
	return plasmaChain.abi.Pack("startExit", header, committedAt, token, leaf, proof)
}

// PackStartExitFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x49e7fa14.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function startExitFor(address owner, (uint64,bytes32,bytes32,uint64,bytes32,uint64) header, uint64 committedAt, address token, (uint256,uint64,uint256) leaf, bytes proof, uint64 authDeadline, bytes authSignature) payable returns()
func (plasmaChain *PlasmaChain) PackStartExitFor(owner common.Address, header PlasmaChainHeader, committedAt uint64, token common.Address, leaf PlasmaChainLeaf, proof []byte, authDeadline uint64, authSignature []byte) []byte {
	enc, err := plasmaChain.abi.Pack("startExitFor", owner, header, committedAt, token, leaf, proof, authDeadline, authSignature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStartExitFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x49e7fa14.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function startExitFor(address owner, (uint64,bytes32,bytes32,uint64,bytes32,uint64) header, uint64 committedAt, address token, (uint256,uint64,uint256) leaf, bytes proof, uint64 authDeadline, bytes authSignature) payable returns()
func (plasmaChain *PlasmaChain) TryPackStartExitFor(owner common.Address, header PlasmaChainHeader, committedAt uint64, token common.Address, leaf PlasmaChainLeaf, proof []byte, authDeadline uint64, authSignature []byte) ([]byte, error) {
	return plasmaChain.abi.Pack("startExitFor", owner, header, committedAt, token, leaf, proof, authDeadline, authSignature)
}

// PackTransferDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23519ac2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferDigest((address,address,address,uint256,uint64,uint256,uint256,uint64) t) view returns(bytes32)
func (plasmaChain *PlasmaChain) PackTransferDigest(t PlasmaChainTransfer) []byte {
	enc, err := plasmaChain.abi.Pack("transferDigest", t)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23519ac2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferDigest((address,address,address,uint256,uint64,uint256,uint256,uint64) t) view returns(bytes32)
func (plasmaChain *PlasmaChain) TryPackTransferDigest(t PlasmaChainTransfer) ([]byte, error) {
	return plasmaChain.abi.Pack("transferDigest", t)
}

// UnpackTransferDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23519ac2.
//
// Solidity: function transferDigest((address,address,address,uint256,uint64,uint256,uint256,uint64) t) view returns(bytes32)
func (plasmaChain *PlasmaChain) UnpackTransferDigest(data []byte) ([32]byte, error) {
	out, err := plasmaChain.abi.Unpack("transferDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackUsedAuthorizations is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5a1780b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function usedAuthorizations(bytes32 ) view returns(bool)
func (plasmaChain *PlasmaChain) PackUsedAuthorizations(arg0 [32]byte) []byte {
	enc, err := plasmaChain.abi.Pack("usedAuthorizations", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUsedAuthorizations is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5a1780b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function usedAuthorizations(bytes32 ) view returns(bool)
func (plasmaChain *PlasmaChain) TryPackUsedAuthorizations(arg0 [32]byte) ([]byte, error) {
	return plasmaChain.abi.Pack("usedAuthorizations", arg0)
}

// UnpackUsedAuthorizations is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5a1780b.
//
// Solidity: function usedAuthorizations(bytes32 ) view returns(bool)
func (plasmaChain *PlasmaChain) UnpackUsedAuthorizations(data []byte) (bool, error) {
	out, err := plasmaChain.abi.Unpack("usedAuthorizations", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51cff8d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(address token) returns()
func (plasmaChain *PlasmaChain) PackWithdraw(token common.Address) []byte {
	enc, err := plasmaChain.abi.Pack("withdraw", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51cff8d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(address token) returns()
func (plasmaChain *PlasmaChain) TryPackWithdraw(token common.Address) ([]byte, error) {
	return plasmaChain.abi.Pack("withdraw", token)
}

// PackWithdrawable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc0314d27.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawable(address , address ) view returns(uint256)
func (plasmaChain *PlasmaChain) PackWithdrawable(arg0 common.Address, arg1 common.Address) []byte {
	enc, err := plasmaChain.abi.Pack("withdrawable", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc0314d27.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawable(address , address ) view returns(uint256)
func (plasmaChain *PlasmaChain) TryPackWithdrawable(arg0 common.Address, arg1 common.Address) ([]byte, error) {
	return plasmaChain.abi.Pack("withdrawable", arg0, arg1)
}

// UnpackWithdrawable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc0314d27.
//
// Solidity: function withdrawable(address , address ) view returns(uint256)
func (plasmaChain *PlasmaChain) UnpackWithdrawable(data []byte) (*big.Int, error) {
	out, err := plasmaChain.abi.Unpack("withdrawable", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PlasmaChainBlockCommitted represents a BlockCommitted event raised by the PlasmaChain contract.
type PlasmaChainBlockCommitted struct {
	Number      uint64
	StateRoot   [32]byte
	TxRoot      [32]byte
	OpsCursor   uint64
	OpsHash     [32]byte
	Timestamp   uint64
	CommittedAt uint64
	Raw         *types.Log // Blockchain specific contextual infos
}

const PlasmaChainBlockCommittedEventName = "BlockCommitted"

// ContractEventName returns the user-defined event name.
func (PlasmaChainBlockCommitted) ContractEventName() string {
	return PlasmaChainBlockCommittedEventName
}

// UnpackBlockCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BlockCommitted(uint64 indexed number, bytes32 stateRoot, bytes32 txRoot, uint64 opsCursor, bytes32 opsHash, uint64 timestamp, uint64 committedAt)
func (plasmaChain *PlasmaChain) UnpackBlockCommittedEvent(log *types.Log) (*PlasmaChainBlockCommitted, error) {
	event := "BlockCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != plasmaChain.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PlasmaChainBlockCommitted)
	if len(log.Data) > 0 {
		if err := plasmaChain.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range plasmaChain.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PlasmaChainDeposited represents a Deposited event raised by the PlasmaChain contract.
type PlasmaChainDeposited struct {
	Owner   common.Address
	Token   common.Address
	Amount  *big.Int
	OpIndex uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const PlasmaChainDepositedEventName = "Deposited"

// ContractEventName returns the user-defined event name.
func (PlasmaChainDeposited) ContractEventName() string {
	return PlasmaChainDepositedEventName
}

// UnpackDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposited(address indexed owner, address indexed token, uint256 amount, uint64 opIndex)
func (plasmaChain *PlasmaChain) UnpackDepositedEvent(log *types.Log) (*PlasmaChainDeposited, error) {
	event := "Deposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != plasmaChain.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PlasmaChainDeposited)
	if len(log.Data) > 0 {
		if err := plasmaChain.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range plasmaChain.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PlasmaChainExitChallenged represents a ExitChallenged event raised by the PlasmaChain contract.
type PlasmaChainExitChallenged struct {
	ExitId       *big.Int
	Challenger   common.Address
	TransferHash [32]byte
	SpendBlock   uint64
	SpentFloor   *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const PlasmaChainExitChallengedEventName = "ExitChallenged"

// ContractEventName returns the user-defined event name.
func (PlasmaChainExitChallenged) ContractEventName() string {
	return PlasmaChainExitChallengedEventName
}

// UnpackExitChallengedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ExitChallenged(uint256 indexed exitId, address indexed challenger, bytes32 transferHash, uint64 spendBlock, uint256 spentFloor)
func (plasmaChain *PlasmaChain) UnpackExitChallengedEvent(log *types.Log) (*PlasmaChainExitChallenged, error) {
	event := "ExitChallenged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != plasmaChain.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PlasmaChainExitChallenged)
	if len(log.Data) > 0 {
		if err := plasmaChain.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range plasmaChain.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PlasmaChainExitFinalized represents a ExitFinalized event raised by the PlasmaChain contract.
type PlasmaChainExitFinalized struct {
	ExitId *big.Int
	Owner  common.Address
	Token  common.Address
	Paid   *big.Int
	Nonce  uint64
	Raw    *types.Log // Blockchain specific contextual infos
}

const PlasmaChainExitFinalizedEventName = "ExitFinalized"

// ContractEventName returns the user-defined event name.
func (PlasmaChainExitFinalized) ContractEventName() string {
	return PlasmaChainExitFinalizedEventName
}

// UnpackExitFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ExitFinalized(uint256 indexed exitId, address indexed owner, address indexed token, uint256 paid, uint64 nonce)
func (plasmaChain *PlasmaChain) UnpackExitFinalizedEvent(log *types.Log) (*PlasmaChainExitFinalized, error) {
	event := "ExitFinalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != plasmaChain.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PlasmaChainExitFinalized)
	if len(log.Data) > 0 {
		if err := plasmaChain.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range plasmaChain.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PlasmaChainExitReplaced represents a ExitReplaced event raised by the PlasmaChain contract.
type PlasmaChainExitReplaced struct {
	OldExitId *big.Int
	NewExitId *big.Int
	Owner     common.Address
	Token     common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const PlasmaChainExitReplacedEventName = "ExitReplaced"

// ContractEventName returns the user-defined event name.
func (PlasmaChainExitReplaced) ContractEventName() string {
	return PlasmaChainExitReplacedEventName
}

// UnpackExitReplacedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ExitReplaced(uint256 indexed oldExitId, uint256 indexed newExitId, address indexed owner, address token)
func (plasmaChain *PlasmaChain) UnpackExitReplacedEvent(log *types.Log) (*PlasmaChainExitReplaced, error) {
	event := "ExitReplaced"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != plasmaChain.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PlasmaChainExitReplaced)
	if len(log.Data) > 0 {
		if err := plasmaChain.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range plasmaChain.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PlasmaChainExitStarted represents a ExitStarted event raised by the PlasmaChain contract.
type PlasmaChainExitStarted struct {
	ExitId      *big.Int
	Owner       common.Address
	Token       common.Address
	BlockNumber uint64
	Leaf        PlasmaChainLeaf
	Amount      *big.Int
	ExitableAt  uint64
	BondPayer   common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const PlasmaChainExitStartedEventName = "ExitStarted"

// ContractEventName returns the user-defined event name.
func (PlasmaChainExitStarted) ContractEventName() string {
	return PlasmaChainExitStartedEventName
}

// UnpackExitStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ExitStarted(uint256 indexed exitId, address indexed owner, address indexed token, uint64 blockNumber, (uint256,uint64,uint256) leaf, uint256 amount, uint64 exitableAt, address bondPayer)
func (plasmaChain *PlasmaChain) UnpackExitStartedEvent(log *types.Log) (*PlasmaChainExitStarted, error) {
	event := "ExitStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != plasmaChain.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PlasmaChainExitStarted)
	if len(log.Data) > 0 {
		if err := plasmaChain.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range plasmaChain.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PlasmaChainFrozen represents a Frozen event raised by the PlasmaChain contract.
type PlasmaChainFrozen struct {
	Reason uint8
	Id     *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const PlasmaChainFrozenEventName = "Frozen"

// ContractEventName returns the user-defined event name.
func (PlasmaChainFrozen) ContractEventName() string {
	return PlasmaChainFrozenEventName
}

// UnpackFrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Frozen(uint8 reason, uint256 id)
func (plasmaChain *PlasmaChain) UnpackFrozenEvent(log *types.Log) (*PlasmaChainFrozen, error) {
	event := "Frozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != plasmaChain.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PlasmaChainFrozen)
	if len(log.Data) > 0 {
		if err := plasmaChain.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range plasmaChain.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PlasmaChainOperationAppended represents a OperationAppended event raised by the PlasmaChain contract.
type PlasmaChainOperationAppended struct {
	Index   uint64
	Kind    uint8
	Owner   common.Address
	Token   common.Address
	Amount  *big.Int
	Nonce   uint64
	OpsHash [32]byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const PlasmaChainOperationAppendedEventName = "OperationAppended"

// ContractEventName returns the user-defined event name.
func (PlasmaChainOperationAppended) ContractEventName() string {
	return PlasmaChainOperationAppendedEventName
}

// UnpackOperationAppendedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OperationAppended(uint64 indexed index, uint8 kind, address indexed owner, address indexed token, uint256 amount, uint64 nonce, bytes32 opsHash)
func (plasmaChain *PlasmaChain) UnpackOperationAppendedEvent(log *types.Log) (*PlasmaChainOperationAppended, error) {
	event := "OperationAppended"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != plasmaChain.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PlasmaChainOperationAppended)
	if len(log.Data) > 0 {
		if err := plasmaChain.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range plasmaChain.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PlasmaChainProofAnswered represents a ProofAnswered event raised by the PlasmaChain contract.
type PlasmaChainProofAnswered struct {
	RequestId   *big.Int
	Owner       common.Address
	Token       common.Address
	BlockNumber uint64
	Balance     *big.Int
	Nonce       uint64
	Spent       *big.Int
	Proof       []byte
	Raw         *types.Log // Blockchain specific contextual infos
}

const PlasmaChainProofAnsweredEventName = "ProofAnswered"

// ContractEventName returns the user-defined event name.
func (PlasmaChainProofAnswered) ContractEventName() string {
	return PlasmaChainProofAnsweredEventName
}

// UnpackProofAnsweredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProofAnswered(uint256 indexed requestId, address indexed owner, address indexed token, uint64 blockNumber, uint256 balance, uint64 nonce, uint256 spent, bytes proof)
func (plasmaChain *PlasmaChain) UnpackProofAnsweredEvent(log *types.Log) (*PlasmaChainProofAnswered, error) {
	event := "ProofAnswered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != plasmaChain.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PlasmaChainProofAnswered)
	if len(log.Data) > 0 {
		if err := plasmaChain.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range plasmaChain.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PlasmaChainProofRequested represents a ProofRequested event raised by the PlasmaChain contract.
type PlasmaChainProofRequested struct {
	RequestId   *big.Int
	Owner       common.Address
	Token       common.Address
	BlockNumber uint64
	Requester   common.Address
	Bond        *big.Int
	Deadline    uint64
	Raw         *types.Log // Blockchain specific contextual infos
}

const PlasmaChainProofRequestedEventName = "ProofRequested"

// ContractEventName returns the user-defined event name.
func (PlasmaChainProofRequested) ContractEventName() string {
	return PlasmaChainProofRequestedEventName
}

// UnpackProofRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProofRequested(uint256 indexed requestId, address indexed owner, address indexed token, uint64 blockNumber, address requester, uint256 bond, uint64 deadline)
func (plasmaChain *PlasmaChain) UnpackProofRequestedEvent(log *types.Log) (*PlasmaChainProofRequested, error) {
	event := "ProofRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != plasmaChain.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PlasmaChainProofRequested)
	if len(log.Data) > 0 {
		if err := plasmaChain.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range plasmaChain.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PlasmaChainRequestBondReclaimed represents a RequestBondReclaimed event raised by the PlasmaChain contract.
type PlasmaChainRequestBondReclaimed struct {
	RequestId *big.Int
	Requester common.Address
	Bond      *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const PlasmaChainRequestBondReclaimedEventName = "RequestBondReclaimed"

// ContractEventName returns the user-defined event name.
func (PlasmaChainRequestBondReclaimed) ContractEventName() string {
	return PlasmaChainRequestBondReclaimedEventName
}

// UnpackRequestBondReclaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RequestBondReclaimed(uint256 indexed requestId, address indexed requester, uint256 bond)
func (plasmaChain *PlasmaChain) UnpackRequestBondReclaimedEvent(log *types.Log) (*PlasmaChainRequestBondReclaimed, error) {
	event := "RequestBondReclaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != plasmaChain.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PlasmaChainRequestBondReclaimed)
	if len(log.Data) > 0 {
		if err := plasmaChain.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range plasmaChain.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PlasmaChainWithdrawn represents a Withdrawn event raised by the PlasmaChain contract.
type PlasmaChainWithdrawn struct {
	Owner  common.Address
	Token  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const PlasmaChainWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (PlasmaChainWithdrawn) ContractEventName() string {
	return PlasmaChainWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed owner, address indexed token, uint256 amount)
func (plasmaChain *PlasmaChain) UnpackWithdrawnEvent(log *types.Log) (*PlasmaChainWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != plasmaChain.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PlasmaChainWithdrawn)
	if len(log.Data) > 0 {
		if err := plasmaChain.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range plasmaChain.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (plasmaChain *PlasmaChain) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["AuthorizationExpired"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackAuthorizationExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["AuthorizationUsed"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackAuthorizationUsedError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["BadFreezeReason"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackBadFreezeReasonError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["BadSignature"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackBadSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["BlockTooOld"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackBlockTooOldError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["ChainFrozen"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackChainFrozenError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["CursorBackwards"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackCursorBackwardsError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["CursorBeyondOps"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackCursorBeyondOpsError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["DepositTooLarge"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackDepositTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["ExitAlreadyOpen"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackExitAlreadyOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["ExitAmountZero"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackExitAmountZeroError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["ExitMatured"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackExitMaturedError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["ExitNotOpen"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackExitNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["FreezeNotDue"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackFreezeNotDueError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["HeaderMismatch"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackHeaderMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["InvalidConfig"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackInvalidConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["InvalidProof"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["NoHeaders"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackNoHeadersError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["NonConsecutive"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackNonConsecutiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["NonceExited"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackNonceExitedError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["NonceTooLarge"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackNonceTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["NotFrozen"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackNotFrozenError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["NotIncluded"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackNotIncludedError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["NotOperator"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackNotOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["NothingReceived"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackNothingReceivedError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["OpUncovered"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackOpUncoveredError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["OpsHashMismatch"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackOpsHashMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["OutOfWindow"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackOutOfWindowError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["RequestAlreadyOpen"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackRequestAlreadyOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["RequestAnswered"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackRequestAnsweredError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["RequestBondTooLow"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackRequestBondTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["RequestNotOpen"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackRequestNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["SpendNotLater"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackSpendNotLaterError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["SpentNotAbove"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackSpentNotAboveError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["TimestampAhead"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackTimestampAheadError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["TimestampBackwards"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackTimestampBackwardsError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["TimestampTooOld"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackTimestampTooOldError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["TokenHasNoCode"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackTokenHasNoCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["TooManyBlocks"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackTooManyBlocksError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["TooManyExits"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackTooManyExitsError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["TransferExpired"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackTransferExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["UnknownRequest"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackUnknownRequestError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["WithdrawFailed"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackWithdrawFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["WrongBond"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackWrongBondError(raw[4:])
	}
	if bytes.Equal(raw[:4], plasmaChain.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return plasmaChain.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// PlasmaChainAuthorizationExpired represents a AuthorizationExpired error raised by the PlasmaChain contract.
type PlasmaChainAuthorizationExpired struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AuthorizationExpired()
func PlasmaChainAuthorizationExpiredErrorID() common.Hash {
	return common.HexToHash("0x0f05f5bfa72101059ba5651871d96682a3f2a996379bb3603e7e1b277b73f5ac")
}

// UnpackAuthorizationExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AuthorizationExpired()
func (plasmaChain *PlasmaChain) UnpackAuthorizationExpiredError(raw []byte) (*PlasmaChainAuthorizationExpired, error) {
	out := new(PlasmaChainAuthorizationExpired)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "AuthorizationExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainAuthorizationUsed represents a AuthorizationUsed error raised by the PlasmaChain contract.
type PlasmaChainAuthorizationUsed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AuthorizationUsed()
func PlasmaChainAuthorizationUsedErrorID() common.Hash {
	return common.HexToHash("0x18b980b2c31664c3da77ea5ea1cba339c9846d53bd6c3717f682752f06cd4b0c")
}

// UnpackAuthorizationUsedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AuthorizationUsed()
func (plasmaChain *PlasmaChain) UnpackAuthorizationUsedError(raw []byte) (*PlasmaChainAuthorizationUsed, error) {
	out := new(PlasmaChainAuthorizationUsed)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "AuthorizationUsed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainBadFreezeReason represents a BadFreezeReason error raised by the PlasmaChain contract.
type PlasmaChainBadFreezeReason struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadFreezeReason()
func PlasmaChainBadFreezeReasonErrorID() common.Hash {
	return common.HexToHash("0xbd7d7dda4c0a56e98619d31319270186a66d733ceff4b0064fb470543a815ecb")
}

// UnpackBadFreezeReasonError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadFreezeReason()
func (plasmaChain *PlasmaChain) UnpackBadFreezeReasonError(raw []byte) (*PlasmaChainBadFreezeReason, error) {
	out := new(PlasmaChainBadFreezeReason)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "BadFreezeReason", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainBadSignature represents a BadSignature error raised by the PlasmaChain contract.
type PlasmaChainBadSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSignature()
func PlasmaChainBadSignatureErrorID() common.Hash {
	return common.HexToHash("0x5cd5d2335541c4f2ed05fbe44f397e8b79f8e2333157122d2dab06e378ef7685")
}

// UnpackBadSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSignature()
func (plasmaChain *PlasmaChain) UnpackBadSignatureError(raw []byte) (*PlasmaChainBadSignature, error) {
	out := new(PlasmaChainBadSignature)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "BadSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainBlockTooOld represents a BlockTooOld error raised by the PlasmaChain contract.
type PlasmaChainBlockTooOld struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BlockTooOld()
func PlasmaChainBlockTooOldErrorID() common.Hash {
	return common.HexToHash("0xc2ffbcec4370a4731c746045d892e4eac05290f6219e32382962fad63aa2db4c")
}

// UnpackBlockTooOldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BlockTooOld()
func (plasmaChain *PlasmaChain) UnpackBlockTooOldError(raw []byte) (*PlasmaChainBlockTooOld, error) {
	out := new(PlasmaChainBlockTooOld)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "BlockTooOld", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainChainFrozen represents a ChainFrozen error raised by the PlasmaChain contract.
type PlasmaChainChainFrozen struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChainFrozen()
func PlasmaChainChainFrozenErrorID() common.Hash {
	return common.HexToHash("0x7e85d5f74b89124b76ada81711e85363e960240abb776e84460ff2e17e122b46")
}

// UnpackChainFrozenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChainFrozen()
func (plasmaChain *PlasmaChain) UnpackChainFrozenError(raw []byte) (*PlasmaChainChainFrozen, error) {
	out := new(PlasmaChainChainFrozen)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "ChainFrozen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainCursorBackwards represents a CursorBackwards error raised by the PlasmaChain contract.
type PlasmaChainCursorBackwards struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CursorBackwards()
func PlasmaChainCursorBackwardsErrorID() common.Hash {
	return common.HexToHash("0x79d749b3f1d12508275e9d7627ced5bd7f71e0cf0bb857ccff2227839f159a86")
}

// UnpackCursorBackwardsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CursorBackwards()
func (plasmaChain *PlasmaChain) UnpackCursorBackwardsError(raw []byte) (*PlasmaChainCursorBackwards, error) {
	out := new(PlasmaChainCursorBackwards)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "CursorBackwards", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainCursorBeyondOps represents a CursorBeyondOps error raised by the PlasmaChain contract.
type PlasmaChainCursorBeyondOps struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CursorBeyondOps()
func PlasmaChainCursorBeyondOpsErrorID() common.Hash {
	return common.HexToHash("0x48c69b0e430631d62ea61907a23fce9ce34e0df917a1e3280c3cef330f8e4640")
}

// UnpackCursorBeyondOpsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CursorBeyondOps()
func (plasmaChain *PlasmaChain) UnpackCursorBeyondOpsError(raw []byte) (*PlasmaChainCursorBeyondOps, error) {
	out := new(PlasmaChainCursorBeyondOps)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "CursorBeyondOps", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainDepositTooLarge represents a DepositTooLarge error raised by the PlasmaChain contract.
type PlasmaChainDepositTooLarge struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DepositTooLarge()
func PlasmaChainDepositTooLargeErrorID() common.Hash {
	return common.HexToHash("0xc56d46d36a2d84aef20d9c3d6af42b6c3db1785c8769fa476d5b9d4984177595")
}

// UnpackDepositTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DepositTooLarge()
func (plasmaChain *PlasmaChain) UnpackDepositTooLargeError(raw []byte) (*PlasmaChainDepositTooLarge, error) {
	out := new(PlasmaChainDepositTooLarge)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "DepositTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainExitAlreadyOpen represents a ExitAlreadyOpen error raised by the PlasmaChain contract.
type PlasmaChainExitAlreadyOpen struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExitAlreadyOpen()
func PlasmaChainExitAlreadyOpenErrorID() common.Hash {
	return common.HexToHash("0xb9a37253542375f1174bbe1766c5135c09951d6d94c136ddf87930989cc7d545")
}

// UnpackExitAlreadyOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExitAlreadyOpen()
func (plasmaChain *PlasmaChain) UnpackExitAlreadyOpenError(raw []byte) (*PlasmaChainExitAlreadyOpen, error) {
	out := new(PlasmaChainExitAlreadyOpen)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "ExitAlreadyOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainExitAmountZero represents a ExitAmountZero error raised by the PlasmaChain contract.
type PlasmaChainExitAmountZero struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExitAmountZero()
func PlasmaChainExitAmountZeroErrorID() common.Hash {
	return common.HexToHash("0x32fa85e140f25ce5ebc1dd9c51a517083e761436ec43bbfe1f0b16a427204289")
}

// UnpackExitAmountZeroError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExitAmountZero()
func (plasmaChain *PlasmaChain) UnpackExitAmountZeroError(raw []byte) (*PlasmaChainExitAmountZero, error) {
	out := new(PlasmaChainExitAmountZero)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "ExitAmountZero", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainExitMatured represents a ExitMatured error raised by the PlasmaChain contract.
type PlasmaChainExitMatured struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExitMatured()
func PlasmaChainExitMaturedErrorID() common.Hash {
	return common.HexToHash("0xe4b1b7bcb84bb1752e95935f5e97392b15868b3fc10368b1e7f3eee766338ee3")
}

// UnpackExitMaturedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExitMatured()
func (plasmaChain *PlasmaChain) UnpackExitMaturedError(raw []byte) (*PlasmaChainExitMatured, error) {
	out := new(PlasmaChainExitMatured)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "ExitMatured", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainExitNotOpen represents a ExitNotOpen error raised by the PlasmaChain contract.
type PlasmaChainExitNotOpen struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExitNotOpen()
func PlasmaChainExitNotOpenErrorID() common.Hash {
	return common.HexToHash("0xc1a7bb5d48edb22ee8dbf2c52b4b15f313595f5700a89238f941eb1001dc8892")
}

// UnpackExitNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExitNotOpen()
func (plasmaChain *PlasmaChain) UnpackExitNotOpenError(raw []byte) (*PlasmaChainExitNotOpen, error) {
	out := new(PlasmaChainExitNotOpen)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "ExitNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainFreezeNotDue represents a FreezeNotDue error raised by the PlasmaChain contract.
type PlasmaChainFreezeNotDue struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FreezeNotDue()
func PlasmaChainFreezeNotDueErrorID() common.Hash {
	return common.HexToHash("0x8f16a6018c1c9eae181781c0b5cd729b9c0e51ba5f439f2fd538b0fc8d8dbc6b")
}

// UnpackFreezeNotDueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FreezeNotDue()
func (plasmaChain *PlasmaChain) UnpackFreezeNotDueError(raw []byte) (*PlasmaChainFreezeNotDue, error) {
	out := new(PlasmaChainFreezeNotDue)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "FreezeNotDue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainHeaderMismatch represents a HeaderMismatch error raised by the PlasmaChain contract.
type PlasmaChainHeaderMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HeaderMismatch()
func PlasmaChainHeaderMismatchErrorID() common.Hash {
	return common.HexToHash("0xc27d13b96183498c3066fda568aa32e582e2cdcaf1f02a7c22ac233f1fd0dce0")
}

// UnpackHeaderMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HeaderMismatch()
func (plasmaChain *PlasmaChain) UnpackHeaderMismatchError(raw []byte) (*PlasmaChainHeaderMismatch, error) {
	out := new(PlasmaChainHeaderMismatch)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "HeaderMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainInvalidConfig represents a InvalidConfig error raised by the PlasmaChain contract.
type PlasmaChainInvalidConfig struct {
	Field string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidConfig(string field)
func PlasmaChainInvalidConfigErrorID() common.Hash {
	return common.HexToHash("0x89a61989863f97edef3cf9672465dbf8e5f073c532d59146a86917af6f971ea7")
}

// UnpackInvalidConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidConfig(string field)
func (plasmaChain *PlasmaChain) UnpackInvalidConfigError(raw []byte) (*PlasmaChainInvalidConfig, error) {
	out := new(PlasmaChainInvalidConfig)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "InvalidConfig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainInvalidProof represents a InvalidProof error raised by the PlasmaChain contract.
type PlasmaChainInvalidProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidProof()
func PlasmaChainInvalidProofErrorID() common.Hash {
	return common.HexToHash("0x09bde339c6b182be216ee7ef8ccff6338c6ef7993445216112ae575c5438fd27")
}

// UnpackInvalidProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidProof()
func (plasmaChain *PlasmaChain) UnpackInvalidProofError(raw []byte) (*PlasmaChainInvalidProof, error) {
	out := new(PlasmaChainInvalidProof)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "InvalidProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainLengthMismatch represents a LengthMismatch error raised by the PlasmaChain contract.
type PlasmaChainLengthMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch()
func PlasmaChainLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xff633a3803c58b9bc21e58efecee59f27e033cc0b1883fccb4969c76146fe60f")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch()
func (plasmaChain *PlasmaChain) UnpackLengthMismatchError(raw []byte) (*PlasmaChainLengthMismatch, error) {
	out := new(PlasmaChainLengthMismatch)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainNoHeaders represents a NoHeaders error raised by the PlasmaChain contract.
type PlasmaChainNoHeaders struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoHeaders()
func PlasmaChainNoHeadersErrorID() common.Hash {
	return common.HexToHash("0x888f2aac1688dd458f18f440d7f80312a2a6bc7b42f34161fe913e3abf0f4b6b")
}

// UnpackNoHeadersError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoHeaders()
func (plasmaChain *PlasmaChain) UnpackNoHeadersError(raw []byte) (*PlasmaChainNoHeaders, error) {
	out := new(PlasmaChainNoHeaders)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "NoHeaders", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainNonConsecutive represents a NonConsecutive error raised by the PlasmaChain contract.
type PlasmaChainNonConsecutive struct {
	Expected uint64
	Got      uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NonConsecutive(uint64 expected, uint64 got)
func PlasmaChainNonConsecutiveErrorID() common.Hash {
	return common.HexToHash("0xb4c27d07a1ef3e6ef90c58daf9ab5c77d2b594a8ecb5447be7be0be6e276c215")
}

// UnpackNonConsecutiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NonConsecutive(uint64 expected, uint64 got)
func (plasmaChain *PlasmaChain) UnpackNonConsecutiveError(raw []byte) (*PlasmaChainNonConsecutive, error) {
	out := new(PlasmaChainNonConsecutive)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "NonConsecutive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainNonceExited represents a NonceExited error raised by the PlasmaChain contract.
type PlasmaChainNonceExited struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NonceExited()
func PlasmaChainNonceExitedErrorID() common.Hash {
	return common.HexToHash("0xd3f44a3cf0eda718a34a3313e2a38982beada7803037a17819527204c115f2fb")
}

// UnpackNonceExitedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NonceExited()
func (plasmaChain *PlasmaChain) UnpackNonceExitedError(raw []byte) (*PlasmaChainNonceExited, error) {
	out := new(PlasmaChainNonceExited)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "NonceExited", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainNonceTooLarge represents a NonceTooLarge error raised by the PlasmaChain contract.
type PlasmaChainNonceTooLarge struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NonceTooLarge()
func PlasmaChainNonceTooLargeErrorID() common.Hash {
	return common.HexToHash("0x8d070ff5add3fc2d7a2cd508b97b864ae72dd2edcea85e0b19a1a3d6210942fb")
}

// UnpackNonceTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NonceTooLarge()
func (plasmaChain *PlasmaChain) UnpackNonceTooLargeError(raw []byte) (*PlasmaChainNonceTooLarge, error) {
	out := new(PlasmaChainNonceTooLarge)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "NonceTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainNotFrozen represents a NotFrozen error raised by the PlasmaChain contract.
type PlasmaChainNotFrozen struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotFrozen()
func PlasmaChainNotFrozenErrorID() common.Hash {
	return common.HexToHash("0x8208cbe5cd34d53b5acc43167c3a84d9f86c782841c84b2984c3bcaaf510b8bc")
}

// UnpackNotFrozenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotFrozen()
func (plasmaChain *PlasmaChain) UnpackNotFrozenError(raw []byte) (*PlasmaChainNotFrozen, error) {
	out := new(PlasmaChainNotFrozen)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "NotFrozen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainNotIncluded represents a NotIncluded error raised by the PlasmaChain contract.
type PlasmaChainNotIncluded struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotIncluded()
func PlasmaChainNotIncludedErrorID() common.Hash {
	return common.HexToHash("0x3d7648917d30e23d36242165e04761b23de50cf19b2e1ca13e5b4ee9d895b293")
}

// UnpackNotIncludedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotIncluded()
func (plasmaChain *PlasmaChain) UnpackNotIncludedError(raw []byte) (*PlasmaChainNotIncluded, error) {
	out := new(PlasmaChainNotIncluded)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "NotIncluded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainNotOperator represents a NotOperator error raised by the PlasmaChain contract.
type PlasmaChainNotOperator struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOperator()
func PlasmaChainNotOperatorErrorID() common.Hash {
	return common.HexToHash("0x7c214f0474e418b49066b523b4b4fdaaeed28f6f33b3f87920010fb4856b27c9")
}

// UnpackNotOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOperator()
func (plasmaChain *PlasmaChain) UnpackNotOperatorError(raw []byte) (*PlasmaChainNotOperator, error) {
	out := new(PlasmaChainNotOperator)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "NotOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainNothingReceived represents a NothingReceived error raised by the PlasmaChain contract.
type PlasmaChainNothingReceived struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingReceived()
func PlasmaChainNothingReceivedErrorID() common.Hash {
	return common.HexToHash("0xb5c74a275db6c4a09f1d71a73712216ab6d7a1b83d11690eaf97fa848e234537")
}

// UnpackNothingReceivedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingReceived()
func (plasmaChain *PlasmaChain) UnpackNothingReceivedError(raw []byte) (*PlasmaChainNothingReceived, error) {
	out := new(PlasmaChainNothingReceived)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "NothingReceived", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainNothingToWithdraw represents a NothingToWithdraw error raised by the PlasmaChain contract.
type PlasmaChainNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func PlasmaChainNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (plasmaChain *PlasmaChain) UnpackNothingToWithdrawError(raw []byte) (*PlasmaChainNothingToWithdraw, error) {
	out := new(PlasmaChainNothingToWithdraw)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainOpUncovered represents a OpUncovered error raised by the PlasmaChain contract.
type PlasmaChainOpUncovered struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OpUncovered(uint256 index)
func PlasmaChainOpUncoveredErrorID() common.Hash {
	return common.HexToHash("0x2111f97d754934f5d7a4e825b1ef3f35ba9ae7ac49e85ab580eff25908c0657d")
}

// UnpackOpUncoveredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OpUncovered(uint256 index)
func (plasmaChain *PlasmaChain) UnpackOpUncoveredError(raw []byte) (*PlasmaChainOpUncovered, error) {
	out := new(PlasmaChainOpUncovered)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "OpUncovered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainOpsHashMismatch represents a OpsHashMismatch error raised by the PlasmaChain contract.
type PlasmaChainOpsHashMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OpsHashMismatch()
func PlasmaChainOpsHashMismatchErrorID() common.Hash {
	return common.HexToHash("0x246fab8786ae3c8b39b941f32cb62fd71aa965f873b68acc0ff185a82b1cb584")
}

// UnpackOpsHashMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OpsHashMismatch()
func (plasmaChain *PlasmaChain) UnpackOpsHashMismatchError(raw []byte) (*PlasmaChainOpsHashMismatch, error) {
	out := new(PlasmaChainOpsHashMismatch)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "OpsHashMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainOutOfWindow represents a OutOfWindow error raised by the PlasmaChain contract.
type PlasmaChainOutOfWindow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutOfWindow()
func PlasmaChainOutOfWindowErrorID() common.Hash {
	return common.HexToHash("0xddb171fee9d1ad635b3da182856b2e20df48e3e5aca0d8c61293a815226827d5")
}

// UnpackOutOfWindowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutOfWindow()
func (plasmaChain *PlasmaChain) UnpackOutOfWindowError(raw []byte) (*PlasmaChainOutOfWindow, error) {
	out := new(PlasmaChainOutOfWindow)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "OutOfWindow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the PlasmaChain contract.
type PlasmaChainReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func PlasmaChainReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (plasmaChain *PlasmaChain) UnpackReentrancyGuardReentrantCallError(raw []byte) (*PlasmaChainReentrancyGuardReentrantCall, error) {
	out := new(PlasmaChainReentrancyGuardReentrantCall)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainRequestAlreadyOpen represents a RequestAlreadyOpen error raised by the PlasmaChain contract.
type PlasmaChainRequestAlreadyOpen struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequestAlreadyOpen()
func PlasmaChainRequestAlreadyOpenErrorID() common.Hash {
	return common.HexToHash("0x4e98e360cc8f80fe3789b5db4025215592838f39a374f00b6d28fac9c95e9b26")
}

// UnpackRequestAlreadyOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequestAlreadyOpen()
func (plasmaChain *PlasmaChain) UnpackRequestAlreadyOpenError(raw []byte) (*PlasmaChainRequestAlreadyOpen, error) {
	out := new(PlasmaChainRequestAlreadyOpen)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "RequestAlreadyOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainRequestAnswered represents a RequestAnswered error raised by the PlasmaChain contract.
type PlasmaChainRequestAnswered struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequestAnswered()
func PlasmaChainRequestAnsweredErrorID() common.Hash {
	return common.HexToHash("0xee39c5e0b4677af9c4c53a23a69a9da004fbc53175ee12bf1a13c804bac6b5be")
}

// UnpackRequestAnsweredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequestAnswered()
func (plasmaChain *PlasmaChain) UnpackRequestAnsweredError(raw []byte) (*PlasmaChainRequestAnswered, error) {
	out := new(PlasmaChainRequestAnswered)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "RequestAnswered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainRequestBondTooLow represents a RequestBondTooLow error raised by the PlasmaChain contract.
type PlasmaChainRequestBondTooLow struct {
	Required *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequestBondTooLow(uint256 required)
func PlasmaChainRequestBondTooLowErrorID() common.Hash {
	return common.HexToHash("0x498d60b90cd9208865354279cb62dbe5b7d6d84017aa98c53c82b925ac94bcdf")
}

// UnpackRequestBondTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequestBondTooLow(uint256 required)
func (plasmaChain *PlasmaChain) UnpackRequestBondTooLowError(raw []byte) (*PlasmaChainRequestBondTooLow, error) {
	out := new(PlasmaChainRequestBondTooLow)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "RequestBondTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainRequestNotOpen represents a RequestNotOpen error raised by the PlasmaChain contract.
type PlasmaChainRequestNotOpen struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequestNotOpen()
func PlasmaChainRequestNotOpenErrorID() common.Hash {
	return common.HexToHash("0x4425f68ee3cfc260c30d9ad370a2bce6815ac1e6e1f481a3277236caf370731a")
}

// UnpackRequestNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequestNotOpen()
func (plasmaChain *PlasmaChain) UnpackRequestNotOpenError(raw []byte) (*PlasmaChainRequestNotOpen, error) {
	out := new(PlasmaChainRequestNotOpen)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "RequestNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the PlasmaChain contract.
type PlasmaChainSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func PlasmaChainSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (plasmaChain *PlasmaChain) UnpackSafeERC20FailedOperationError(raw []byte) (*PlasmaChainSafeERC20FailedOperation, error) {
	out := new(PlasmaChainSafeERC20FailedOperation)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainSpendNotLater represents a SpendNotLater error raised by the PlasmaChain contract.
type PlasmaChainSpendNotLater struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SpendNotLater()
func PlasmaChainSpendNotLaterErrorID() common.Hash {
	return common.HexToHash("0x331548c3df2f73c01cf1582853cab796d7910b40193c226ebfef977c2256e806")
}

// UnpackSpendNotLaterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SpendNotLater()
func (plasmaChain *PlasmaChain) UnpackSpendNotLaterError(raw []byte) (*PlasmaChainSpendNotLater, error) {
	out := new(PlasmaChainSpendNotLater)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "SpendNotLater", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainSpentNotAbove represents a SpentNotAbove error raised by the PlasmaChain contract.
type PlasmaChainSpentNotAbove struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SpentNotAbove()
func PlasmaChainSpentNotAboveErrorID() common.Hash {
	return common.HexToHash("0x891f05794d84f76c0645beb043af509e6dd74b0562128bef61d61329bee967f8")
}

// UnpackSpentNotAboveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SpentNotAbove()
func (plasmaChain *PlasmaChain) UnpackSpentNotAboveError(raw []byte) (*PlasmaChainSpentNotAbove, error) {
	out := new(PlasmaChainSpentNotAbove)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "SpentNotAbove", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainTimestampAhead represents a TimestampAhead error raised by the PlasmaChain contract.
type PlasmaChainTimestampAhead struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimestampAhead()
func PlasmaChainTimestampAheadErrorID() common.Hash {
	return common.HexToHash("0xdb0f90516620868ad94f5f229947f1679891e2091f65f9c97735c5a00c09f8f7")
}

// UnpackTimestampAheadError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimestampAhead()
func (plasmaChain *PlasmaChain) UnpackTimestampAheadError(raw []byte) (*PlasmaChainTimestampAhead, error) {
	out := new(PlasmaChainTimestampAhead)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "TimestampAhead", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainTimestampBackwards represents a TimestampBackwards error raised by the PlasmaChain contract.
type PlasmaChainTimestampBackwards struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimestampBackwards()
func PlasmaChainTimestampBackwardsErrorID() common.Hash {
	return common.HexToHash("0x13e3ebf07f35e6fc22a9bc2974133caf4033e47550d2c60d86805512caadb112")
}

// UnpackTimestampBackwardsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimestampBackwards()
func (plasmaChain *PlasmaChain) UnpackTimestampBackwardsError(raw []byte) (*PlasmaChainTimestampBackwards, error) {
	out := new(PlasmaChainTimestampBackwards)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "TimestampBackwards", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainTimestampTooOld represents a TimestampTooOld error raised by the PlasmaChain contract.
type PlasmaChainTimestampTooOld struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimestampTooOld()
func PlasmaChainTimestampTooOldErrorID() common.Hash {
	return common.HexToHash("0xd40fc74bc8974e076c755e9b5e8241bf4af09f7079ad6a485204810be47e4ad5")
}

// UnpackTimestampTooOldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimestampTooOld()
func (plasmaChain *PlasmaChain) UnpackTimestampTooOldError(raw []byte) (*PlasmaChainTimestampTooOld, error) {
	out := new(PlasmaChainTimestampTooOld)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "TimestampTooOld", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainTokenHasNoCode represents a TokenHasNoCode error raised by the PlasmaChain contract.
type PlasmaChainTokenHasNoCode struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenHasNoCode()
func PlasmaChainTokenHasNoCodeErrorID() common.Hash {
	return common.HexToHash("0x72a7320089b192a13b8bfcbf343c4a82eb50435dae8f901fe627eb67e1ab29ef")
}

// UnpackTokenHasNoCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenHasNoCode()
func (plasmaChain *PlasmaChain) UnpackTokenHasNoCodeError(raw []byte) (*PlasmaChainTokenHasNoCode, error) {
	out := new(PlasmaChainTokenHasNoCode)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "TokenHasNoCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainTooManyBlocks represents a TooManyBlocks error raised by the PlasmaChain contract.
type PlasmaChainTooManyBlocks struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyBlocks()
func PlasmaChainTooManyBlocksErrorID() common.Hash {
	return common.HexToHash("0x7f06d57aff4ff777429bd728d51631d0b4314d0354c8599f7976fe2ef91e99e5")
}

// UnpackTooManyBlocksError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyBlocks()
func (plasmaChain *PlasmaChain) UnpackTooManyBlocksError(raw []byte) (*PlasmaChainTooManyBlocks, error) {
	out := new(PlasmaChainTooManyBlocks)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "TooManyBlocks", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainTooManyExits represents a TooManyExits error raised by the PlasmaChain contract.
type PlasmaChainTooManyExits struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyExits()
func PlasmaChainTooManyExitsErrorID() common.Hash {
	return common.HexToHash("0x1eac8918d1a4f85719f334fc846495a5327778fd857be0be40c559981f4c3bf1")
}

// UnpackTooManyExitsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyExits()
func (plasmaChain *PlasmaChain) UnpackTooManyExitsError(raw []byte) (*PlasmaChainTooManyExits, error) {
	out := new(PlasmaChainTooManyExits)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "TooManyExits", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainTransferExpired represents a TransferExpired error raised by the PlasmaChain contract.
type PlasmaChainTransferExpired struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferExpired()
func PlasmaChainTransferExpiredErrorID() common.Hash {
	return common.HexToHash("0xf76537312f6968d16b4808ba17ce712334391116105f5f12a54b32a7185d6142")
}

// UnpackTransferExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferExpired()
func (plasmaChain *PlasmaChain) UnpackTransferExpiredError(raw []byte) (*PlasmaChainTransferExpired, error) {
	out := new(PlasmaChainTransferExpired)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "TransferExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainUnknownRequest represents a UnknownRequest error raised by the PlasmaChain contract.
type PlasmaChainUnknownRequest struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownRequest()
func PlasmaChainUnknownRequestErrorID() common.Hash {
	return common.HexToHash("0x6d080297e5445bdc9bc11ef22a5fe0978cf1613ad09e7178b40b758b5ff568ad")
}

// UnpackUnknownRequestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownRequest()
func (plasmaChain *PlasmaChain) UnpackUnknownRequestError(raw []byte) (*PlasmaChainUnknownRequest, error) {
	out := new(PlasmaChainUnknownRequest)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "UnknownRequest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainWithdrawFailed represents a WithdrawFailed error raised by the PlasmaChain contract.
type PlasmaChainWithdrawFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithdrawFailed()
func PlasmaChainWithdrawFailedErrorID() common.Hash {
	return common.HexToHash("0x750b219cf41756317cec42a05eeadd7c26774653485899be023c221c437fe020")
}

// UnpackWithdrawFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithdrawFailed()
func (plasmaChain *PlasmaChain) UnpackWithdrawFailedError(raw []byte) (*PlasmaChainWithdrawFailed, error) {
	out := new(PlasmaChainWithdrawFailed)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "WithdrawFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainWrongBond represents a WrongBond error raised by the PlasmaChain contract.
type PlasmaChainWrongBond struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongBond()
func PlasmaChainWrongBondErrorID() common.Hash {
	return common.HexToHash("0x501c2aaf700683429f7302eb41b1afff146824a9675499ed7f8655cebd2f3c3d")
}

// UnpackWrongBondError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongBond()
func (plasmaChain *PlasmaChain) UnpackWrongBondError(raw []byte) (*PlasmaChainWrongBond, error) {
	out := new(PlasmaChainWrongBond)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "WrongBond", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlasmaChainZeroAmount represents a ZeroAmount error raised by the PlasmaChain contract.
type PlasmaChainZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func PlasmaChainZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (plasmaChain *PlasmaChain) UnpackZeroAmountError(raw []byte) (*PlasmaChainZeroAmount, error) {
	out := new(PlasmaChainZeroAmount)
	if err := plasmaChain.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestERC20MetaData contains all meta data concerning the TestERC20 contract.
var TestERC20MetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"decimals_\",\"type\":\"uint8\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "1f47a1b15ed4dea21937fc8cde0d925297",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051610a09380380610a0983398101604081905261002e916100f7565b8282600361003c83826101f8565b50600461004982826101f8565b50505060ff16608052506102b29050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f83011261007d575f5ffd5b81516001600160401b038111156100965761009661005a565b604051601f8201601f19908116603f011681016001600160401b03811182821017156100c4576100c461005a565b6040528181528382016020018510156100db575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f5f60608486031215610109575f5ffd5b83516001600160401b0381111561011e575f5ffd5b61012a8682870161006e565b602086015190945090506001600160401b03811115610147575f5ffd5b6101538682870161006e565b925050604084015160ff81168114610169575f5ffd5b809150509250925092565b600181811c9082168061018857607f821691505b6020821081036101a657634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156101f357805f5260205f20601f840160051c810160208510156101d15750805b601f840160051c820191505b818110156101f0575f81556001016101dd565b50505b505050565b81516001600160401b038111156102115761021161005a565b6102258161021f8454610174565b846101ac565b6020601f821160018114610257575f83156102405750848201515b5f19600385901b1c1916600184901b1784556101f0565b5f84815260208120601f198516915b828110156102865787850151825560209485019460019092019101610266565b50848210156102a357868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b60805161073f6102ca5f395f61010c015261073f5ff3fe608060405234801561000f575f5ffd5b506004361061009b575f3560e01c806340c10f191161006357806340c10f191461013657806370a082311461014b57806395d89b4114610173578063a9059cbb1461017b578063dd62ed3e1461018e575f5ffd5b806306fdde031461009f578063095ea7b3146100bd57806318160ddd146100e057806323b872dd146100f2578063313ce56714610105575b5f5ffd5b6100a76101c6565b6040516100b491906105d8565b60405180910390f35b6100d06100cb366004610628565b610256565b60405190151581526020016100b4565b6002545b6040519081526020016100b4565b6100d0610100366004610650565b61026f565b60405160ff7f00000000000000000000000000000000000000000000000000000000000000001681526020016100b4565b610149610144366004610628565b610292565b005b6100e461015936600461068a565b6001600160a01b03165f9081526020819052604090205490565b6100a76102a0565b6100d0610189366004610628565b6102af565b6100e461019c3660046106aa565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6060600380546101d5906106db565b80601f0160208091040260200160405190810160405280929190818152602001828054610201906106db565b801561024c5780601f106102235761010080835404028352916020019161024c565b820191905f5260205f20905b81548152906001019060200180831161022f57829003601f168201915b5050505050905090565b5f336102638185856102bc565b60019150505b92915050565b5f3361027c8582856102ce565b61028785858561034f565b506001949350505050565b61029c82826103ac565b5050565b6060600480546101d5906106db565b5f3361026381858561034f565b6102c983838360016103e0565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f19811015610349578181101561033b57604051637dc7a0d960e11b81526001600160a01b038416600482015260248101829052604481018390526064015b60405180910390fd5b61034984848484035f6103e0565b50505050565b6001600160a01b03831661037857604051634b637e8f60e11b81525f6004820152602401610332565b6001600160a01b0382166103a15760405163ec442f0560e01b81525f6004820152602401610332565b6102c98383836104b2565b6001600160a01b0382166103d55760405163ec442f0560e01b81525f6004820152602401610332565b61029c5f83836104b2565b6001600160a01b0384166104095760405163e602df0560e01b81525f6004820152602401610332565b6001600160a01b03831661043257604051634a1406b160e11b81525f6004820152602401610332565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561034957826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925846040516104a491815260200190565b60405180910390a350505050565b6001600160a01b0383166104dc578060025f8282546104d19190610713565b9091555061054c9050565b6001600160a01b0383165f908152602081905260409020548181101561052e5760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610332565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661056857600280548290039055610586565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516105cb91815260200190565b60405180910390a3505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b0381168114610623575f5ffd5b919050565b5f5f60408385031215610639575f5ffd5b6106428361060d565b946020939093013593505050565b5f5f5f60608486031215610662575f5ffd5b61066b8461060d565b92506106796020850161060d565b929592945050506040919091013590565b5f6020828403121561069a575f5ffd5b6106a38261060d565b9392505050565b5f5f604083850312156106bb575f5ffd5b6106c48361060d565b91506106d26020840161060d565b90509250929050565b600181811c908216806106ef57607f821691505b60208210810361070d57634e487b7160e01b5f52602260045260245ffd5b50919050565b8082018082111561026957634e487b7160e01b5f52601160045260245ffdfea164736f6c634300081e000a",
}

// TestERC20 is an auto generated Go binding around an Ethereum contract.
type TestERC20 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TestERC20) GetABI() abi.ABI {
	return c.abi
}

// NewTestERC20 creates a new instance of TestERC20.
func NewTestERC20() *TestERC20 {
	parsed, err := TestERC20MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TestERC20{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TestERC20) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string name_, string symbol_, uint8 decimals_) returns()
func (testERC20 *TestERC20) PackConstructor(name_ string, symbol_ string, decimals_ uint8) []byte {
	enc, err := testERC20.abi.Pack("", name_, symbol_, decimals_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (testERC20 *TestERC20) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := testERC20.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (testERC20 *TestERC20) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return testERC20.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (testERC20 *TestERC20) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := testERC20.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (testERC20 *TestERC20) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := testERC20.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (testERC20 *TestERC20) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return testERC20.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (testERC20 *TestERC20) UnpackApprove(data []byte) (bool, error) {
	out, err := testERC20.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (testERC20 *TestERC20) PackBalanceOf(account common.Address) []byte {
	enc, err := testERC20.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (testERC20 *TestERC20) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return testERC20.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (testERC20 *TestERC20) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := testERC20.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (testERC20 *TestERC20) PackDecimals() []byte {
	enc, err := testERC20.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (testERC20 *TestERC20) TryPackDecimals() ([]byte, error) {
	return testERC20.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (testERC20 *TestERC20) UnpackDecimals(data []byte) (uint8, error) {
	out, err := testERC20.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (testERC20 *TestERC20) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := testERC20.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (testERC20 *TestERC20) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return testERC20.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (testERC20 *TestERC20) PackName() []byte {
	enc, err := testERC20.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (testERC20 *TestERC20) TryPackName() ([]byte, error) {
	return testERC20.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (testERC20 *TestERC20) UnpackName(data []byte) (string, error) {
	out, err := testERC20.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (testERC20 *TestERC20) PackSymbol() []byte {
	enc, err := testERC20.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (testERC20 *TestERC20) TryPackSymbol() ([]byte, error) {
	return testERC20.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (testERC20 *TestERC20) UnpackSymbol(data []byte) (string, error) {
	out, err := testERC20.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (testERC20 *TestERC20) PackTotalSupply() []byte {
	enc, err := testERC20.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (testERC20 *TestERC20) TryPackTotalSupply() ([]byte, error) {
	return testERC20.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (testERC20 *TestERC20) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := testERC20.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (testERC20 *TestERC20) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := testERC20.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (testERC20 *TestERC20) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return testERC20.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (testERC20 *TestERC20) UnpackTransfer(data []byte) (bool, error) {
	out, err := testERC20.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (testERC20 *TestERC20) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := testERC20.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (testERC20 *TestERC20) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return testERC20.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (testERC20 *TestERC20) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := testERC20.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// TestERC20Approval represents a Approval event raised by the TestERC20 contract.
type TestERC20Approval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const TestERC20ApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (TestERC20Approval) ContractEventName() string {
	return TestERC20ApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (testERC20 *TestERC20) UnpackApprovalEvent(log *types.Log) (*TestERC20Approval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != testERC20.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TestERC20Approval)
	if len(log.Data) > 0 {
		if err := testERC20.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range testERC20.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TestERC20Transfer represents a Transfer event raised by the TestERC20 contract.
type TestERC20Transfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const TestERC20TransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (TestERC20Transfer) ContractEventName() string {
	return TestERC20TransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (testERC20 *TestERC20) UnpackTransferEvent(log *types.Log) (*TestERC20Transfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != testERC20.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TestERC20Transfer)
	if len(log.Data) > 0 {
		if err := testERC20.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range testERC20.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (testERC20 *TestERC20) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], testERC20.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return testERC20.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], testERC20.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return testERC20.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], testERC20.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return testERC20.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], testERC20.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return testERC20.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], testERC20.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return testERC20.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], testERC20.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return testERC20.UnpackERC20InvalidSpenderError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TestERC20ERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the TestERC20 contract.
type TestERC20ERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func TestERC20ERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (testERC20 *TestERC20) UnpackERC20InsufficientAllowanceError(raw []byte) (*TestERC20ERC20InsufficientAllowance, error) {
	out := new(TestERC20ERC20InsufficientAllowance)
	if err := testERC20.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestERC20ERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the TestERC20 contract.
type TestERC20ERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func TestERC20ERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (testERC20 *TestERC20) UnpackERC20InsufficientBalanceError(raw []byte) (*TestERC20ERC20InsufficientBalance, error) {
	out := new(TestERC20ERC20InsufficientBalance)
	if err := testERC20.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestERC20ERC20InvalidApprover represents a ERC20InvalidApprover error raised by the TestERC20 contract.
type TestERC20ERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func TestERC20ERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (testERC20 *TestERC20) UnpackERC20InvalidApproverError(raw []byte) (*TestERC20ERC20InvalidApprover, error) {
	out := new(TestERC20ERC20InvalidApprover)
	if err := testERC20.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestERC20ERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the TestERC20 contract.
type TestERC20ERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func TestERC20ERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (testERC20 *TestERC20) UnpackERC20InvalidReceiverError(raw []byte) (*TestERC20ERC20InvalidReceiver, error) {
	out := new(TestERC20ERC20InvalidReceiver)
	if err := testERC20.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestERC20ERC20InvalidSender represents a ERC20InvalidSender error raised by the TestERC20 contract.
type TestERC20ERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func TestERC20ERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (testERC20 *TestERC20) UnpackERC20InvalidSenderError(raw []byte) (*TestERC20ERC20InvalidSender, error) {
	out := new(TestERC20ERC20InvalidSender)
	if err := testERC20.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestERC20ERC20InvalidSpender represents a ERC20InvalidSpender error raised by the TestERC20 contract.
type TestERC20ERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func TestERC20ERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (testERC20 *TestERC20) UnpackERC20InvalidSpenderError(raw []byte) (*TestERC20ERC20InvalidSpender, error) {
	out := new(TestERC20ERC20InvalidSpender)
	if err := testERC20.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestForwarderMetaData contains all meta data concerning the TestForwarder contract.
var TestForwarderMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"exec\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reenterData\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reenterTarget\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentered\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentryResult\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"refuse\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"setReenter\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"r\",\"type\":\"bool\"}],\"name\":\"setRefuse\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "0dcf213303d7fdb3748552f211228d97d1",
	Bin: "0x6080604052348015600e575f5ffd5b506107d68061001c5f395ff3fe60806040526004361061007c575f3560e01c806362c69b801161004c57806362c69b8014610220578063cc6e845414610238578063dbe5c30414610273578063e150ef4914610287575f5ffd5b806302bcc1dd146101835780630565bb67146101a25780633f09775e146101cb5780636072b1d0146101f4575f5ffd5b3661017f575f5460ff16156100d05760405162461bcd60e51b815260206004820152601660248201527515195cdd119bdc9dd85c99195c8e881c99599d5cd95960521b604482015260640160405180910390fd5b5f5461010090046001600160a01b03161561017d575f8054610100600160a81b0319811682556040516101009091046001600160a01b031691908190839061011a90600190610414565b5f604051808303815f865af19150503d805f8114610153576040519150601f19603f3d011682016040523d82523d5f602084013e610158565b606091505b506002805460ff19168315151790559092509050600361017882826104e5565b505050505b005b5f5ffd5b34801561018e575f5ffd5b5061017d61019d366004610600565b61029b565b6101b56101b036600461064f565b6102cd565b6040516101c291906106a5565b60405180910390f35b3480156101d6575f5ffd5b506002546101e49060ff1681565b60405190151581526020016101c2565b3480156101ff575f5ffd5b5061017d61020e3660046106da565b5f805460ff1916911515919091179055565b34801561022b575f5ffd5b505f546101e49060ff1681565b348015610243575f5ffd5b505f5461025b9061010090046001600160a01b031681565b6040516001600160a01b0390911681526020016101c2565b34801561027e575f5ffd5b506101b5610347565b348015610292575f5ffd5b506101b56103d3565b5f8054610100600160a81b0319166101006001600160a01b0386160217905560016102c7828483610700565b50505050565b60605f5f866001600160a01b03168686866040516102ec9291906107ba565b5f6040518083038185875af1925050503d805f8114610326576040519150601f19603f3d011682016040523d82523d5f602084013e61032b565b606091505b50915091508161033d57805160208201fd5b9695505050505050565b60038054610354906103dc565b80601f0160208091040260200160405190810160405280929190818152602001828054610380906103dc565b80156103cb5780601f106103a2576101008083540402835291602001916103cb565b820191905f5260205f20905b8154815290600101906020018083116103ae57829003601f168201915b505050505081565b60018054610354905b600181811c908216806103f057607f821691505b60208210810361040e57634e487b7160e01b5f52602260045260245ffd5b50919050565b5f5f8354610421816103dc565b600182168015610438576001811461044d5761047a565b60ff198316865281151582028601935061047a565b865f5260205f205f5b8381101561047257815488820152600190910190602001610456565b505081860193505b509195945050505050565b634e487b7160e01b5f52604160045260245ffd5b601f8211156104e057805f5260205f20601f840160051c810160208510156104be5750805b601f840160051c820191505b818110156104dd575f81556001016104ca565b50505b505050565b815167ffffffffffffffff8111156104ff576104ff610485565b6105138161050d84546103dc565b84610499565b6020601f821160018114610545575f831561052e5750848201515b5f19600385901b1c1916600184901b1784556104dd565b5f84815260208120601f198516915b828110156105745787850151825560209485019460019092019101610554565b508482101561059157868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b80356001600160a01b03811681146105b6575f5ffd5b919050565b5f5f83601f8401126105cb575f5ffd5b50813567ffffffffffffffff8111156105e2575f5ffd5b6020830191508360208285010111156105f9575f5ffd5b9250929050565b5f5f5f60408486031215610612575f5ffd5b61061b846105a0565b9250602084013567ffffffffffffffff811115610636575f5ffd5b610642868287016105bb565b9497909650939450505050565b5f5f5f5f60608587031215610662575f5ffd5b61066b856105a0565b935060208501359250604085013567ffffffffffffffff81111561068d575f5ffd5b610699878288016105bb565b95989497509550505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f602082840312156106ea575f5ffd5b813580151581146106f9575f5ffd5b9392505050565b67ffffffffffffffff83111561071857610718610485565b61072c8361072683546103dc565b83610499565b5f601f84116001811461075d575f85156107465750838201355b5f19600387901b1c1916600186901b1783556104dd565b5f83815260208120601f198716915b8281101561078c578685013582556020948501946001909201910161076c565b50868210156107a8575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b818382375f910190815291905056fea164736f6c634300081e000a",
}

// TestForwarder is an auto generated Go binding around an Ethereum contract.
type TestForwarder struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TestForwarder) GetABI() abi.ABI {
	return c.abi
}

// NewTestForwarder creates a new instance of TestForwarder.
func NewTestForwarder() *TestForwarder {
	parsed, err := TestForwarderMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TestForwarder{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TestForwarder) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackExec is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0565bb67.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exec(address to, uint256 value, bytes data) payable returns(bytes)
func (testForwarder *TestForwarder) PackExec(to common.Address, value *big.Int, data []byte) []byte {
	enc, err := testForwarder.abi.Pack("exec", to, value, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExec is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0565bb67.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exec(address to, uint256 value, bytes data) payable returns(bytes)
func (testForwarder *TestForwarder) TryPackExec(to common.Address, value *big.Int, data []byte) ([]byte, error) {
	return testForwarder.abi.Pack("exec", to, value, data)
}

// UnpackExec is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0565bb67.
//
// Solidity: function exec(address to, uint256 value, bytes data) payable returns(bytes)
func (testForwarder *TestForwarder) UnpackExec(data []byte) ([]byte, error) {
	out, err := testForwarder.abi.Unpack("exec", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackReenterData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe150ef49.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reenterData() view returns(bytes)
func (testForwarder *TestForwarder) PackReenterData() []byte {
	enc, err := testForwarder.abi.Pack("reenterData")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReenterData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe150ef49.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reenterData() view returns(bytes)
func (testForwarder *TestForwarder) TryPackReenterData() ([]byte, error) {
	return testForwarder.abi.Pack("reenterData")
}

// UnpackReenterData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe150ef49.
//
// Solidity: function reenterData() view returns(bytes)
func (testForwarder *TestForwarder) UnpackReenterData(data []byte) ([]byte, error) {
	out, err := testForwarder.abi.Unpack("reenterData", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackReenterTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc6e8454.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reenterTarget() view returns(address)
func (testForwarder *TestForwarder) PackReenterTarget() []byte {
	enc, err := testForwarder.abi.Pack("reenterTarget")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReenterTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc6e8454.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reenterTarget() view returns(address)
func (testForwarder *TestForwarder) TryPackReenterTarget() ([]byte, error) {
	return testForwarder.abi.Pack("reenterTarget")
}

// UnpackReenterTarget is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcc6e8454.
//
// Solidity: function reenterTarget() view returns(address)
func (testForwarder *TestForwarder) UnpackReenterTarget(data []byte) (common.Address, error) {
	out, err := testForwarder.abi.Unpack("reenterTarget", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackReentered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f09775e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reentered() view returns(bool)
func (testForwarder *TestForwarder) PackReentered() []byte {
	enc, err := testForwarder.abi.Pack("reentered")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReentered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f09775e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reentered() view returns(bool)
func (testForwarder *TestForwarder) TryPackReentered() ([]byte, error) {
	return testForwarder.abi.Pack("reentered")
}

// UnpackReentered is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3f09775e.
//
// Solidity: function reentered() view returns(bool)
func (testForwarder *TestForwarder) UnpackReentered(data []byte) (bool, error) {
	out, err := testForwarder.abi.Unpack("reentered", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackReentryResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdbe5c304.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reentryResult() view returns(bytes)
func (testForwarder *TestForwarder) PackReentryResult() []byte {
	enc, err := testForwarder.abi.Pack("reentryResult")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReentryResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdbe5c304.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reentryResult() view returns(bytes)
func (testForwarder *TestForwarder) TryPackReentryResult() ([]byte, error) {
	return testForwarder.abi.Pack("reentryResult")
}

// UnpackReentryResult is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdbe5c304.
//
// Solidity: function reentryResult() view returns(bytes)
func (testForwarder *TestForwarder) UnpackReentryResult(data []byte) ([]byte, error) {
	out, err := testForwarder.abi.Unpack("reentryResult", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackRefuse is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62c69b80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refuse() view returns(bool)
func (testForwarder *TestForwarder) PackRefuse() []byte {
	enc, err := testForwarder.abi.Pack("refuse")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefuse is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62c69b80.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refuse() view returns(bool)
func (testForwarder *TestForwarder) TryPackRefuse() ([]byte, error) {
	return testForwarder.abi.Pack("refuse")
}

// UnpackRefuse is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x62c69b80.
//
// Solidity: function refuse() view returns(bool)
func (testForwarder *TestForwarder) UnpackRefuse(data []byte) (bool, error) {
	out, err := testForwarder.abi.Unpack("refuse", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSetReenter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02bcc1dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReenter(address target, bytes data) returns()
func (testForwarder *TestForwarder) PackSetReenter(target common.Address, data []byte) []byte {
	enc, err := testForwarder.abi.Pack("setReenter", target, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetReenter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02bcc1dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setReenter(address target, bytes data) returns()
func (testForwarder *TestForwarder) TryPackSetReenter(target common.Address, data []byte) ([]byte, error) {
	return testForwarder.abi.Pack("setReenter", target, data)
}

// PackSetRefuse is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6072b1d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRefuse(bool r) returns()
func (testForwarder *TestForwarder) PackSetRefuse(r bool) []byte {
	enc, err := testForwarder.abi.Pack("setRefuse", r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRefuse is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6072b1d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRefuse(bool r) returns()
func (testForwarder *TestForwarder) TryPackSetRefuse(r bool) ([]byte, error) {
	return testForwarder.abi.Pack("setRefuse", r)
}

// TestHostileTokenMetaData contains all meta data concerning the TestHostileToken contract.
var TestHostileTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"FEE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"NOOP\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"NORMAL\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REENTER\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REVERT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"mode\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reenterData\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reenterTarget\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentered\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentryResult\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"m\",\"type\":\"uint8\"}],\"name\":\"setMode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"setReenter\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "3b9634ac3c1d8c4bea113ee49b8a2d935b",
	Bin: "0x608060405234801561000f575f5ffd5b5060405180604001604052806007815260200166486f7374696c6560c81b815250604051806040016040528060038152602001621214d560ea1b815250816003908161005b9190610108565b5060046100688282610108565b5050506101c2565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061009857607f821691505b6020821081036100b657634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561010357805f5260205f20601f840160051c810160208510156100e15750805b601f840160051c820191505b81811015610100575f81556001016100ed565b50505b505050565b81516001600160401b0381111561012157610121610070565b6101358161012f8454610084565b846100bc565b6020601f821160018114610167575f83156101505750848201515b5f19600385901b1c1916600184901b178455610100565b5f84815260208120601f198516915b828110156101965787850151825560209485019460019092019101610176565b50848210156101b357868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b610e08806101cf5f395ff3fe608060405234801561000f575f5ffd5b506004361061013d575f3560e01c80635dd11b37116100b4578063c57981b511610079578063c57981b514610280578063c73fb67714610288578063cc6e845414610290578063dbe5c304146102c0578063dd62ed3e146102c8578063e150ef4914610300575f5ffd5b80635dd11b371461022e57806370a082311461023657806395d89b411461025e578063a9059cbb14610266578063ae24595c14610279575f5ffd5b806321175b4a1161010557806321175b4a146101c357806323b872dd146101e7578063295a5212146101fa578063313ce567146102075780633f09775e1461020e57806340c10f191461021b575f5ffd5b806302bcc1dd1461014157806306fdde0314610156578063095ea7b314610174578063156942681461019757806318160ddd146101b1575b5f5ffd5b61015461014f366004610994565b610308565b005b61015e61033b565b60405161016b9190610a40565b60405180910390f35b610187610182366004610a59565b6103cb565b604051901515815260200161016b565b61019f600481565b60405160ff909116815260200161016b565b6002545b60405190815260200161016b565b6101546101d1366004610a81565b6005805460ff191660ff92909216919091179055565b6101876101f5366004610aa1565b6103e4565b60055461019f9060ff1681565b601261019f565b6007546101879060ff1681565b610154610229366004610a59565b610407565b61019f600181565b6101b5610244366004610adb565b6001600160a01b03165f9081526020819052604090205490565b61015e610415565b610187610274366004610a59565b610424565b61019f5f81565b61019f600381565b61019f600281565b6005546102a89061010090046001600160a01b031681565b6040516001600160a01b03909116815260200161016b565b61015e610431565b6101b56102d6366004610af4565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b61015e6104bd565b60058054610100600160a81b0319166101006001600160a01b038616021790556006610335828483610bbc565b50505050565b60606003805461034a90610b39565b80601f016020809104026020016040519081016040528092919081815260200182805461037690610b39565b80156103c15780601f10610398576101008083540402835291602001916103c1565b820191905f5260205f20905b8154815290600101906020018083116103a457829003601f168201915b5050505050905090565b5f336103d88185856104ca565b60019150505b92915050565b5f336103f18582856104dc565b6103fc858585610557565b506001949350505050565b61041182826105b4565b5050565b60606004805461034a90610b39565b5f336103d8818585610557565b6008805461043e90610b39565b80601f016020809104026020016040519081016040528092919081815260200182805461046a90610b39565b80156104b55780601f1061048c576101008083540402835291602001916104b5565b820191905f5260205f20905b81548152906001019060200180831161049857829003601f168201915b505050505081565b6006805461043e90610b39565b6104d783838360016105e8565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f19811015610335578181101561054957604051637dc7a0d960e11b81526001600160a01b038416600482015260248101829052604481018390526064015b60405180910390fd5b61033584848484035f6105e8565b6001600160a01b03831661058057604051634b637e8f60e11b81525f6004820152602401610540565b6001600160a01b0382166105a95760405163ec442f0560e01b81525f6004820152602401610540565b6104d78383836106ba565b6001600160a01b0382166105dd5760405163ec442f0560e01b81525f6004820152602401610540565b6104115f83836106ba565b6001600160a01b0384166106115760405163e602df0560e01b81525f6004820152602401610540565b6001600160a01b03831661063a57604051634a1406b160e11b81525f6004820152602401610540565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561033557826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925846040516106ac91815260200190565b60405180910390a350505050565b6001600160a01b038316158015906106da57506001600160a01b03821615155b1561084c5760055460ff165f19016107405760405162461bcd60e51b8152602060048201526024808201527f54657374486f7374696c65546f6b656e3a207472616e73666572732064697361604482015263189b195960e21b6064820152608401610540565b60055460ff166003190161075357505050565b60055460ff166002148015610777575060055461010090046001600160a01b031615155b156108175760058054610100600160a81b031981169091556040516101009091046001600160a01b0316905f90819083906107b490600690610c76565b5f604051808303815f865af19150503d805f81146107ed576040519150601f19603f3d011682016040523d82523d5f602084013e6107f2565b606091505b506007805460ff1916831515179055909250905060086108128282610ce7565b505050505b60055460ff166002190161084c575f610831600a83610db6565b905061083e845f83610853565b6108488183610dd5565b9150505b6104d78383835b6001600160a01b03831661087d578060025f8282546108729190610de8565b909155506108ed9050565b6001600160a01b0383165f90815260208190526040902054818110156108cf5760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610540565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661090957600280548290039055610927565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161096c91815260200190565b60405180910390a3505050565b80356001600160a01b038116811461098f575f5ffd5b919050565b5f5f5f604084860312156109a6575f5ffd5b6109af84610979565b9250602084013567ffffffffffffffff8111156109ca575f5ffd5b8401601f810186136109da575f5ffd5b803567ffffffffffffffff8111156109f0575f5ffd5b866020828401011115610a01575f5ffd5b939660209190910195509293505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610a526020830184610a12565b9392505050565b5f5f60408385031215610a6a575f5ffd5b610a7383610979565b946020939093013593505050565b5f60208284031215610a91575f5ffd5b813560ff81168114610a52575f5ffd5b5f5f5f60608486031215610ab3575f5ffd5b610abc84610979565b9250610aca60208501610979565b929592945050506040919091013590565b5f60208284031215610aeb575f5ffd5b610a5282610979565b5f5f60408385031215610b05575f5ffd5b610b0e83610979565b9150610b1c60208401610979565b90509250929050565b634e487b7160e01b5f52604160045260245ffd5b600181811c90821680610b4d57607f821691505b602082108103610b6b57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156104d757805f5260205f20601f840160051c81016020851015610b965750805b601f840160051c820191505b81811015610bb5575f8155600101610ba2565b5050505050565b67ffffffffffffffff831115610bd457610bd4610b25565b610be883610be28354610b39565b83610b71565b5f601f841160018114610c19575f8515610c025750838201355b5f19600387901b1c1916600186901b178355610bb5565b5f83815260208120601f198716915b82811015610c485786850135825560209485019460019092019101610c28565b5086821015610c64575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b5f5f8354610c8381610b39565b600182168015610c9a5760018114610caf57610cdc565b60ff1983168652811515820286019350610cdc565b865f5260205f205f5b83811015610cd457815488820152600190910190602001610cb8565b505081860193505b509195945050505050565b815167ffffffffffffffff811115610d0157610d01610b25565b610d1581610d0f8454610b39565b84610b71565b6020601f821160018114610d47575f8315610d305750848201515b5f19600385901b1c1916600184901b178455610bb5565b5f84815260208120601f198516915b82811015610d765787850151825560209485019460019092019101610d56565b5084821015610d9357868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b634e487b7160e01b5f52601160045260245ffd5b5f82610dd057634e487b7160e01b5f52601260045260245ffd5b500490565b818103818111156103de576103de610da2565b808201808211156103de576103de610da256fea164736f6c634300081e000a",
}

// TestHostileToken is an auto generated Go binding around an Ethereum contract.
type TestHostileToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TestHostileToken) GetABI() abi.ABI {
	return c.abi
}

// NewTestHostileToken creates a new instance of TestHostileToken.
func NewTestHostileToken() *TestHostileToken {
	parsed, err := TestHostileTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TestHostileToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TestHostileToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackFEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc57981b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FEE() view returns(uint8)
func (testHostileToken *TestHostileToken) PackFEE() []byte {
	enc, err := testHostileToken.abi.Pack("FEE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc57981b5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FEE() view returns(uint8)
func (testHostileToken *TestHostileToken) TryPackFEE() ([]byte, error) {
	return testHostileToken.abi.Pack("FEE")
}

// UnpackFEE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc57981b5.
//
// Solidity: function FEE() view returns(uint8)
func (testHostileToken *TestHostileToken) UnpackFEE(data []byte) (uint8, error) {
	out, err := testHostileToken.abi.Unpack("FEE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackNOOP is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15694268.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function NOOP() view returns(uint8)
func (testHostileToken *TestHostileToken) PackNOOP() []byte {
	enc, err := testHostileToken.abi.Pack("NOOP")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNOOP is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15694268.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function NOOP() view returns(uint8)
func (testHostileToken *TestHostileToken) TryPackNOOP() ([]byte, error) {
	return testHostileToken.abi.Pack("NOOP")
}

// UnpackNOOP is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x15694268.
//
// Solidity: function NOOP() view returns(uint8)
func (testHostileToken *TestHostileToken) UnpackNOOP(data []byte) (uint8, error) {
	out, err := testHostileToken.abi.Unpack("NOOP", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackNORMAL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae24595c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function NORMAL() view returns(uint8)
func (testHostileToken *TestHostileToken) PackNORMAL() []byte {
	enc, err := testHostileToken.abi.Pack("NORMAL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNORMAL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae24595c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function NORMAL() view returns(uint8)
func (testHostileToken *TestHostileToken) TryPackNORMAL() ([]byte, error) {
	return testHostileToken.abi.Pack("NORMAL")
}

// UnpackNORMAL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xae24595c.
//
// Solidity: function NORMAL() view returns(uint8)
func (testHostileToken *TestHostileToken) UnpackNORMAL(data []byte) (uint8, error) {
	out, err := testHostileToken.abi.Unpack("NORMAL", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackREENTER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc73fb677.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REENTER() view returns(uint8)
func (testHostileToken *TestHostileToken) PackREENTER() []byte {
	enc, err := testHostileToken.abi.Pack("REENTER")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREENTER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc73fb677.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REENTER() view returns(uint8)
func (testHostileToken *TestHostileToken) TryPackREENTER() ([]byte, error) {
	return testHostileToken.abi.Pack("REENTER")
}

// UnpackREENTER is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc73fb677.
//
// Solidity: function REENTER() view returns(uint8)
func (testHostileToken *TestHostileToken) UnpackREENTER(data []byte) (uint8, error) {
	out, err := testHostileToken.abi.Unpack("REENTER", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackREVERT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5dd11b37.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REVERT() view returns(uint8)
func (testHostileToken *TestHostileToken) PackREVERT() []byte {
	enc, err := testHostileToken.abi.Pack("REVERT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREVERT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5dd11b37.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REVERT() view returns(uint8)
func (testHostileToken *TestHostileToken) TryPackREVERT() ([]byte, error) {
	return testHostileToken.abi.Pack("REVERT")
}

// UnpackREVERT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5dd11b37.
//
// Solidity: function REVERT() view returns(uint8)
func (testHostileToken *TestHostileToken) UnpackREVERT(data []byte) (uint8, error) {
	out, err := testHostileToken.abi.Unpack("REVERT", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (testHostileToken *TestHostileToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := testHostileToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (testHostileToken *TestHostileToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return testHostileToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (testHostileToken *TestHostileToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := testHostileToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (testHostileToken *TestHostileToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := testHostileToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (testHostileToken *TestHostileToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return testHostileToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (testHostileToken *TestHostileToken) UnpackApprove(data []byte) (bool, error) {
	out, err := testHostileToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (testHostileToken *TestHostileToken) PackBalanceOf(account common.Address) []byte {
	enc, err := testHostileToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (testHostileToken *TestHostileToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return testHostileToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (testHostileToken *TestHostileToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := testHostileToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (testHostileToken *TestHostileToken) PackDecimals() []byte {
	enc, err := testHostileToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (testHostileToken *TestHostileToken) TryPackDecimals() ([]byte, error) {
	return testHostileToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (testHostileToken *TestHostileToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := testHostileToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (testHostileToken *TestHostileToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := testHostileToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (testHostileToken *TestHostileToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return testHostileToken.abi.Pack("mint", to, amount)
}

// PackMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x295a5212.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mode() view returns(uint8)
func (testHostileToken *TestHostileToken) PackMode() []byte {
	enc, err := testHostileToken.abi.Pack("mode")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x295a5212.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mode() view returns(uint8)
func (testHostileToken *TestHostileToken) TryPackMode() ([]byte, error) {
	return testHostileToken.abi.Pack("mode")
}

// UnpackMode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x295a5212.
//
// Solidity: function mode() view returns(uint8)
func (testHostileToken *TestHostileToken) UnpackMode(data []byte) (uint8, error) {
	out, err := testHostileToken.abi.Unpack("mode", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (testHostileToken *TestHostileToken) PackName() []byte {
	enc, err := testHostileToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (testHostileToken *TestHostileToken) TryPackName() ([]byte, error) {
	return testHostileToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (testHostileToken *TestHostileToken) UnpackName(data []byte) (string, error) {
	out, err := testHostileToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackReenterData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe150ef49.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reenterData() view returns(bytes)
func (testHostileToken *TestHostileToken) PackReenterData() []byte {
	enc, err := testHostileToken.abi.Pack("reenterData")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReenterData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe150ef49.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reenterData() view returns(bytes)
func (testHostileToken *TestHostileToken) TryPackReenterData() ([]byte, error) {
	return testHostileToken.abi.Pack("reenterData")
}

// UnpackReenterData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe150ef49.
//
// Solidity: function reenterData() view returns(bytes)
func (testHostileToken *TestHostileToken) UnpackReenterData(data []byte) ([]byte, error) {
	out, err := testHostileToken.abi.Unpack("reenterData", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackReenterTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc6e8454.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reenterTarget() view returns(address)
func (testHostileToken *TestHostileToken) PackReenterTarget() []byte {
	enc, err := testHostileToken.abi.Pack("reenterTarget")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReenterTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc6e8454.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reenterTarget() view returns(address)
func (testHostileToken *TestHostileToken) TryPackReenterTarget() ([]byte, error) {
	return testHostileToken.abi.Pack("reenterTarget")
}

// UnpackReenterTarget is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcc6e8454.
//
// Solidity: function reenterTarget() view returns(address)
func (testHostileToken *TestHostileToken) UnpackReenterTarget(data []byte) (common.Address, error) {
	out, err := testHostileToken.abi.Unpack("reenterTarget", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackReentered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f09775e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reentered() view returns(bool)
func (testHostileToken *TestHostileToken) PackReentered() []byte {
	enc, err := testHostileToken.abi.Pack("reentered")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReentered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f09775e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reentered() view returns(bool)
func (testHostileToken *TestHostileToken) TryPackReentered() ([]byte, error) {
	return testHostileToken.abi.Pack("reentered")
}

// UnpackReentered is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3f09775e.
//
// Solidity: function reentered() view returns(bool)
func (testHostileToken *TestHostileToken) UnpackReentered(data []byte) (bool, error) {
	out, err := testHostileToken.abi.Unpack("reentered", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackReentryResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdbe5c304.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reentryResult() view returns(bytes)
func (testHostileToken *TestHostileToken) PackReentryResult() []byte {
	enc, err := testHostileToken.abi.Pack("reentryResult")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReentryResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdbe5c304.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reentryResult() view returns(bytes)
func (testHostileToken *TestHostileToken) TryPackReentryResult() ([]byte, error) {
	return testHostileToken.abi.Pack("reentryResult")
}

// UnpackReentryResult is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdbe5c304.
//
// Solidity: function reentryResult() view returns(bytes)
func (testHostileToken *TestHostileToken) UnpackReentryResult(data []byte) ([]byte, error) {
	out, err := testHostileToken.abi.Unpack("reentryResult", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackSetMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21175b4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMode(uint8 m) returns()
func (testHostileToken *TestHostileToken) PackSetMode(m uint8) []byte {
	enc, err := testHostileToken.abi.Pack("setMode", m)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21175b4a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMode(uint8 m) returns()
func (testHostileToken *TestHostileToken) TryPackSetMode(m uint8) ([]byte, error) {
	return testHostileToken.abi.Pack("setMode", m)
}

// PackSetReenter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02bcc1dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReenter(address target, bytes data) returns()
func (testHostileToken *TestHostileToken) PackSetReenter(target common.Address, data []byte) []byte {
	enc, err := testHostileToken.abi.Pack("setReenter", target, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetReenter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02bcc1dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setReenter(address target, bytes data) returns()
func (testHostileToken *TestHostileToken) TryPackSetReenter(target common.Address, data []byte) ([]byte, error) {
	return testHostileToken.abi.Pack("setReenter", target, data)
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (testHostileToken *TestHostileToken) PackSymbol() []byte {
	enc, err := testHostileToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (testHostileToken *TestHostileToken) TryPackSymbol() ([]byte, error) {
	return testHostileToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (testHostileToken *TestHostileToken) UnpackSymbol(data []byte) (string, error) {
	out, err := testHostileToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (testHostileToken *TestHostileToken) PackTotalSupply() []byte {
	enc, err := testHostileToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (testHostileToken *TestHostileToken) TryPackTotalSupply() ([]byte, error) {
	return testHostileToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (testHostileToken *TestHostileToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := testHostileToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (testHostileToken *TestHostileToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := testHostileToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (testHostileToken *TestHostileToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return testHostileToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (testHostileToken *TestHostileToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := testHostileToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (testHostileToken *TestHostileToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := testHostileToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (testHostileToken *TestHostileToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return testHostileToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (testHostileToken *TestHostileToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := testHostileToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// TestHostileTokenApproval represents a Approval event raised by the TestHostileToken contract.
type TestHostileTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const TestHostileTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (TestHostileTokenApproval) ContractEventName() string {
	return TestHostileTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (testHostileToken *TestHostileToken) UnpackApprovalEvent(log *types.Log) (*TestHostileTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != testHostileToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TestHostileTokenApproval)
	if len(log.Data) > 0 {
		if err := testHostileToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range testHostileToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TestHostileTokenTransfer represents a Transfer event raised by the TestHostileToken contract.
type TestHostileTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const TestHostileTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (TestHostileTokenTransfer) ContractEventName() string {
	return TestHostileTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (testHostileToken *TestHostileToken) UnpackTransferEvent(log *types.Log) (*TestHostileTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != testHostileToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TestHostileTokenTransfer)
	if len(log.Data) > 0 {
		if err := testHostileToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range testHostileToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (testHostileToken *TestHostileToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], testHostileToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return testHostileToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], testHostileToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return testHostileToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], testHostileToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return testHostileToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], testHostileToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return testHostileToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], testHostileToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return testHostileToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], testHostileToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return testHostileToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TestHostileTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the TestHostileToken contract.
type TestHostileTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func TestHostileTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (testHostileToken *TestHostileToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*TestHostileTokenERC20InsufficientAllowance, error) {
	out := new(TestHostileTokenERC20InsufficientAllowance)
	if err := testHostileToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestHostileTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the TestHostileToken contract.
type TestHostileTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func TestHostileTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (testHostileToken *TestHostileToken) UnpackERC20InsufficientBalanceError(raw []byte) (*TestHostileTokenERC20InsufficientBalance, error) {
	out := new(TestHostileTokenERC20InsufficientBalance)
	if err := testHostileToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestHostileTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the TestHostileToken contract.
type TestHostileTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func TestHostileTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (testHostileToken *TestHostileToken) UnpackERC20InvalidApproverError(raw []byte) (*TestHostileTokenERC20InvalidApprover, error) {
	out := new(TestHostileTokenERC20InvalidApprover)
	if err := testHostileToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestHostileTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the TestHostileToken contract.
type TestHostileTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func TestHostileTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (testHostileToken *TestHostileToken) UnpackERC20InvalidReceiverError(raw []byte) (*TestHostileTokenERC20InvalidReceiver, error) {
	out := new(TestHostileTokenERC20InvalidReceiver)
	if err := testHostileToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestHostileTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the TestHostileToken contract.
type TestHostileTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func TestHostileTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (testHostileToken *TestHostileToken) UnpackERC20InvalidSenderError(raw []byte) (*TestHostileTokenERC20InvalidSender, error) {
	out := new(TestHostileTokenERC20InvalidSender)
	if err := testHostileToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestHostileTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the TestHostileToken contract.
type TestHostileTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func TestHostileTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (testHostileToken *TestHostileToken) UnpackERC20InvalidSpenderError(raw []byte) (*TestHostileTokenERC20InvalidSpender, error) {
	out := new(TestHostileTokenERC20InvalidSpender)
	if err := testHostileToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}
